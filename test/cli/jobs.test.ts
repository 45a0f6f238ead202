// check --jobs N: worker threads give exactly the output of one thread, in the same order; the
// progress bar appears only on a terminal.

import * as assert from 'node:assert/strict';
import { Progress } from '../../server/src/cli/progress';
import { buildOnce, run, tempTree } from './helpers';

const SNIPPETS = [
  'if a <> b:\n    x = 10L\n',
  'print "hello", name\n',
  'x = 1\n',
  'd.has_key(k)\nexec code in ns\n',
  'try:\n    pass\nexcept (A, B), e:\n    raise E, "m"\n',
  'def f(:\n    return 10L\n',
  '',
  'import urllib2\ns = u"text" + unicode(x)\n',
];

function bigTree(): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 90; i++) {
    const folder = `pkg${i % 7}/sub${i % 3}`;
    files[`${folder}/m${String(i).padStart(3, '0')}.py`] = SNIPPETS[i % SNIPPETS.length].repeat(1 + (i % 5));
  }
  files['pkg0/binary.py'] = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 0x10]);
  files['pkg3/latin.py'] = Buffer.from([...Buffer.from('s = "'), 0xe9, ...Buffer.from('"\n')]);
  return tempTree(files);
}

describe('cli: --jobs', () => {
  before(buildOnce);

  it('--jobs 2 and 3 give output identical to --jobs 1 for every format, order included', function () {
    this.timeout(180_000);
    const dir = bigTree();
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const one = run(['check', '--format', format, '--jobs', '1', '.'], { cwd: dir });
      assert.equal(one.code, 2, one.stderr);
      assert.ok(one.stdout.length > 1000, format);
      for (const jobs of ['2', '3']) {
        const many = run(['check', '--format', format, '--jobs', jobs, '.'], { cwd: dir });
        assert.equal(many.code, one.code, `${format} --jobs ${jobs}`);
        assert.equal(many.stdout, one.stdout, `${format} --jobs ${jobs}`);
        assert.equal(many.stderr, one.stderr, `${format} --jobs ${jobs}`);
      }
    }
    // The default (more than 64 files: worker threads) matches too.
    assert.equal(run(['check', '.'], { cwd: dir }).stdout, run(['check', '--jobs', '1', '.'], { cwd: dir }).stdout);
  });

  it('standard input mixed with files keeps its place in the output', () => {
    const dir = bigTree();
    const args = ['check', 'pkg1', '-', 'pkg2', '--stdin-filename', 'from-stdin.py'];
    const one = run([...args, '--jobs', '1'], { cwd: dir, input: 'x = 10L\n' });
    const two = run([...args, '--jobs', '2'], { cwd: dir, input: 'x = 10L\n' });
    assert.equal(two.stdout, one.stdout);
    assert.match(two.stdout, /pkg1\S+: [\s\S]*\nfrom-stdin\.py:1:5: long-suffix[\s\S]*\npkg2/);
  });

  it('rejects a bad --jobs value', () => {
    for (const value of ['0', '-1', 'many', '2.5']) {
      const r = run(['check', `--jobs=${value}`, '.']);
      assert.equal(r.code, 2, value);
      assert.match(r.stderr, /invalid value .* for --jobs/, value);
    }
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const dir = bigTree();
    const r = run(['check', '--jobs', '2', '.'], { cwd: dir });
    assert.doesNotMatch(r.stderr, /\r|\x1b\[/);
    assert.doesNotMatch(r.stderr, /files, [\d.]+\/s/);
  });

  it('the progress bar redraws in place, at most ~10 times a second, and clears before other output', () => {
    const writes: string[] = [];
    const stream = { isTTY: true, columns: 60, write: (s: string) => writes.push(s) };
    const progress = new Progress(1000, stream);
    assert.equal(progress.enabled, true);
    for (let i = 1; i <= 500; i++) progress.update(i, `pkg/deep/folder/module_${i}.py`);
    assert.equal(writes.length, 1, 'throttled: one draw within 100 ms');
    assert.match(writes[0], /^\r\[#*\.*\] 1\/1000 files, [\d.]+\/s .*\x1b\[K$/);
    assert.ok(writes[0].replace(/\x1b\[K$/, '').length <= 60, 'fits the terminal width');
    progress.clear();
    assert.equal(writes[1], '\r\x1b[K');
    progress.update(1000, 'last.py');
    assert.match(writes[2], /1000\/1000 files/, 'the final count is always drawn');
    const quiet: string[] = [];
    new Progress(10, { isTTY: false, write: (s: string) => quiet.push(s) }).update(5, 'x.py');
    assert.deepEqual(quiet, []);
  });
});
