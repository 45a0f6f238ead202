// Every kind of bad input gets a message naming the file and the reason, the run goes on over
// the other files, and no file is changed.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, CLI, read, run, snapshot, tempTree } from './helpers';

function badTree(): string {
  const dir = tempTree({
    'binary.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x00, 0x10]),
    'latin_no_cookie.py': Buffer.from([...Buffer.from('s = "'), 0xe9, ...Buffer.from('"\nx = 10L\n')]),
    'empty.py': '',
    'huge.py': 'x = 10L\n' + '# padding padding padding padding padding padding padding padding\n'.repeat(80_000),
    'nul.py': Buffer.from('x = 10L\ny = "a\u0000b"\n' + 'z = 1\n'.repeat(5000)),
    'bad_cookie.py': '# -*- coding: klingon-8 -*-\nx = 10L\n',
    'unparseable.py': 'def f(:\n    return 10L <> 2\n',
    'good.py': 'x = 10L\n',
    'x.py/inner.py': 'y = 20L\n',
  });
  fs.symlinkSync('does-not-exist.py', path.join(dir, 'dangling.py'));
  return dir;
}

const EXPECTED: [string, RegExp][] = [
  ['binary.py', /binary file/],
  ['latin_no_cookie.py', /is not valid UTF-8 \(byte 0xE9 on line 1\) and has no coding cookie/],
  ['huge.py', /file is 5\.\d MB, larger than the 2\.0 MB limit \(raise it with --max-file-size/],
  ['nul.py', /NUL byte on line 2/],
  ['bad_cookie.py', /unknown encoding 'klingon-8' in the coding cookie on line 1/],
  ['dangling.py', /symbolic link to 'does-not-exist.py', which does not exist/],
];

describe('cli: bad input', () => {
  before(buildOnce);

  for (const command of ['check', 'fix']) {
    it(`${command}: names each bad file and the reason, goes on, exits 2`, () => {
      const dir = badTree();
      const r = run([command, '.'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      for (const [file, reason] of EXPECTED) {
        const line = r.stderr.split('\n').find((l) => l.startsWith(`error: ${file}: `));
        assert.ok(line, `no error line for ${file} in:\n${r.stderr}`);
        assert.match(line, reason, file);
      }
      assert.match(r.stderr, /warning: unparseable\.py:1:\d+: does not parse/);
      assert.doesNotMatch(r.stderr, /empty\.py/, 'an empty file found in a folder is valid Python (__init__.py): nothing to say');
      assert.doesNotMatch(r.stderr, /internal error/);
      if (command === 'check') {
        // The good files were still checked; x.py is a folder, walked like any other.
        assert.match(r.stdout, /^good\.py:1:5: long-suffix/m);
        assert.match(r.stdout, new RegExp(`^x\\.py\\${path.sep}inner\\.py:1:5: long-suffix`, 'm'));
      } else {
        assert.equal(read(dir, 'good.py').toString(), 'x = 10\n');
        assert.equal(read(dir, 'x.py/inner.py').toString(), 'y = 20\n');
      }
    });
  }

  it('fix changes no bad file by a single byte', () => {
    const dir = badTree();
    const before = snapshot(dir);
    run(['fix', '--unsafe-fixes', '--target', 'py3', '.'], { cwd: dir });
    const after = snapshot(dir);
    for (const [file, bytes] of before) {
      if (file === 'good.py' || file === path.join('x.py', 'inner.py')) continue;
      assert.equal(after.get(file), bytes, `${file} changed`);
    }
    assert.equal(fs.readlinkSync(path.join(dir, 'dangling.py')), 'does-not-exist.py');
  });

  it('does not fix a file that does not parse, even when fixes exist', () => {
    const dir = tempTree({ 'broken.py': 'x = 10L\ndef f(:\n    return a <> b\n' });
    const r = run(['fix', 'broken.py'], { cwd: dir });
    assert.equal(read(dir, 'broken.py').toString(), 'x = 10L\ndef f(:\n    return a <> b\n');
    assert.match(r.stderr, /warning: broken\.py:2:\d+: does not parse \(syntax error\), so it was not fixed/);
    assert.equal(r.code, 1, 'its findings remain');
  });

  it('fix leaves code Python 2 rejects alone, saying why', () => {
    const files: Record<string, string | Buffer> = {
      'late_future.py': '"""doc"""\nimport os\nfrom __future__ import division\nx = 10L\n',
      'second_string.py': '"""doc"""\n"not a docstring"\nfrom __future__ import division\nx = 10L\n',
      'braces.py': 'from __future__ import braces\nx = 10L\n',
      'unknown.py': 'from __future__ import rested_snopes\nx = 10L\n',
      'bom_utf8.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# coding: utf8\nx = 10L\n')]),
    };
    const dir = tempTree({ ...files, 'fine.py': '"""doc"""\n# comment\nfrom __future__ import division\nfrom __future__ import print_function\nx = 10L\n' });
    const r = run(['fix', '--target', 'py3', '--unsafe-fixes', '.'], { cwd: dir });
    const expected: [string, RegExp][] = [
      ['late_future.py', /late_future\.py:3:1: not valid Python 2: `from __future__` imports must come first/],
      ['second_string.py', /second_string\.py:3:1: not valid Python 2: `from __future__` imports must come first/],
      ['braces.py', /braces\.py:1:24: not valid Python 2: .*not a chance/],
      ['unknown.py', /unknown\.py:1:24: not valid Python 2: future feature `rested_snopes` is not defined/],
      ['bom_utf8.py', /bom_utf8\.py: .*BOM.*'utf8'/],
    ];
    for (const [file, message] of expected) {
      assert.match(r.stderr, message, file);
      assert.deepEqual(read(dir, file), Buffer.from(files[file] as string | Buffer), `${file} changed`);
    }
    assert.match(read(dir, 'fine.py').toString(), /\nx = 10\n$/);
    assert.doesNotMatch(r.stderr, /fine\.py/);
    assert.equal(r.code, 2, 'the BOM file is a decoding error');
  });

  it('fix leaves Python 3-only code alone, but not the forms its own fixes write', () => {
    const source = 'def f(a, *, b):\n    return a <> b\n';
    for (const target of ['compat', 'py3']) {
      const dir = tempTree({
        'py3only.py': source,
        'printed.py': 'print("x", file=f)\ny = 10L\n',
        'meta.py': 'class C(B, metaclass=M):\n    x = 10L\n',
      });
      const r = run(['fix', '--target', target, '.'], { cwd: dir });
      assert.equal(read(dir, 'py3only.py').toString(), source, target);
      assert.match(r.stderr, /warning: py3only\.py:1:10: not valid Python 2: keyword-only parameters \(`\*,`\) are Python 3-only syntax; not fixed/, target);
      assert.equal(read(dir, 'printed.py').toString(), 'print("x", file=f)\ny = 10\n', target);
      assert.equal(read(dir, 'meta.py').toString(), 'class C(B, metaclass=M):\n    x = 10\n', target);
      assert.doesNotMatch(r.stderr, /printed\.py|meta\.py/, target);
    }
  });

  it('--max-file-size raises the limit', () => {
    const dir = tempTree({ 'big.py': 'x = 10L\n' + '#\n'.repeat(1000) });
    const small = run(['check', '--max-file-size', '1000', 'big.py'], { cwd: dir });
    assert.equal(small.code, 2);
    assert.match(small.stderr, /big\.py: file is 2\.0 KB, larger than the 1000 bytes limit/);
    const large = run(['check', '--max-file-size', '100000', 'big.py'], { cwd: dir });
    assert.equal(large.code, 1);
  });

  it('reports a missing path and a dangling symlink named on the command line', () => {
    const dir = tempTree({ 'good.py': 'x = 1\n' });
    fs.symlinkSync('nowhere.py', path.join(dir, 'link.py'));
    const r = run(['check', 'missing.py', 'link.py', 'good.py'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /error: missing\.py: no such file or directory/);
    assert.match(r.stderr, /error: link\.py: .*symbolic link to 'nowhere\.py', which does not exist/);
    assert.match(r.stderr, /No findings in 1 file/);
  });

  it('symlink loops, a FIFO and a folder named x.py: reported or walked, never a hang, the run goes on', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempTree({ 'good.py': 'x = 10L\n', 'x.py/inner.py': 'y = 20L\n' });
    fs.symlinkSync('loop2.py', path.join(dir, 'loop.py'));
    fs.symlinkSync('loop.py', path.join(dir, 'loop2.py'));
    fs.mkdirSync(path.join(dir, 'pkg'));
    fs.symlinkSync('..', path.join(dir, 'pkg', 'up'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.py')]);
    for (const jobs of ['1', '2']) {
      const r = run(['check', '--jobs', jobs, '.', 'pipe.py'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^error: loop\.py: cannot read: too many levels of symbolic links \(skipped\)$/m);
      assert.match(r.stderr, /^error: loop2\.py: cannot read: too many levels of symbolic links/m);
      assert.match(r.stderr, /^error: pipe\.py: cannot read: it is a named pipe \(FIFO\), not a regular file/m);
      assert.match(r.stderr, /3 files could not be checked/);
      // The folder symlink loop (pkg/up -> ..) is not followed; the good files are still checked.
      assert.deepEqual(r.stdout.trim().split('\n').map((l) => l.replace(/:.*/, '')), ['good.py', path.join('x.py', 'inner.py')]);
    }
  });

  it('a file check cannot open (permission denied) is reported and skipped', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempTree({ 'secret.py': 'x = 10L\n', 'good.py': 'y = 20L\n' });
    fs.chmodSync(path.join(dir, 'secret.py'), 0o000);
    // Root reads a chmod 000 file anyway: as root, the check runs as 'nobody' (uid 65534) instead.
    const asRoot = process.getuid?.() === 0;
    // 'nobody' must be able to read the CLI: the checkout may sit in a folder only root can enter
    // (a fresh clone under mktemp -d), so it runs a world-readable copy of dist/.
    let cli = CLI;
    if (asRoot) {
      fs.chmodSync(dir, 0o755);
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-dist-'));
      fs.cpSync(path.dirname(CLI), copy, { recursive: true });
      fs.chmodSync(copy, 0o755);
      cli = path.join(copy, path.basename(CLI));
    }
    try {
      for (const jobs of ['1', '2']) {
        const r = spawnSync(process.execPath, [cli, 'check', '--jobs', jobs, '.'], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
        assert.equal(r.status, 2, r.stderr.toString());
        assert.match(r.stderr.toString(), /^error: secret\.py: cannot read: permission denied \(skipped\)$/m);
        assert.match(r.stdout.toString(), /^good\.py:1:5: long-suffix/m);
      }
    } finally {
      fs.chmodSync(path.join(dir, 'secret.py'), 0o644);
    }
  });

  it('check --jobs 2 reports the bad tree exactly as one thread does', () => {
    const dir = badTree();
    const one = run(['check', '--jobs', '1', '.'], { cwd: dir });
    const two = run(['check', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(two.code, 2);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });

  it('an empty file is fine, and one named on the command line gets a word about it', () => {
    const dir = tempTree({ 'empty.py': '' });
    const r = run(['fix', 'empty.py'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /warning: empty\.py: empty file, nothing to fix/);
    assert.match(run(['check', 'empty.py'], { cwd: dir }).stderr, /warning: empty\.py: empty file, nothing to check/);
    assert.equal(read(dir, 'empty.py').length, 0);
    assert.equal(run(['check', '--format', 'json', '-'], { input: '' }).stdout, '[]\n');
  });
});
