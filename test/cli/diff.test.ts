// The --diff output must be a patch other tools accept: compare the changed-line count with GNU `diff -u`
// on random line edits (both minimal), and check `patch` turns a into b.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffLines, splitLines, unifiedDiff } from '../../server/src/cli/diff';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function mutate(lines: string[], rand: () => number): string[] {
  const out = [...lines];
  const edits = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (out.length + 1));
    const what = rand();
    if (what < 0.35 && out.length > 0) out.splice(Math.min(at, out.length - 1), 1);
    else if (what < 0.7) out.splice(at, 0, `new ${Math.floor(rand() * 5)}\n`);
    else if (out.length > 0) out[Math.min(at, out.length - 1)] = `changed ${Math.floor(rand() * 5)}\n`;
  }
  return out;
}

describe('cli: unified diff', () => {
  const hasDiff = spawnSync('diff', ['--version']).status === 0 && spawnSync('patch', ['--version']).status === 0;

  it('splits lines keeping their terminators', () => {
    assert.deepEqual(splitLines('a\r\nb\rc\nd'), ['a\r\n', 'b\r', 'c\n', 'd']);
    assert.deepEqual(splitLines(''), []);
  });

  it('finds a minimal edit script', () => {
    const ops = diffLines(['a', 'b', 'c', 'a', 'b', 'b', 'a'], ['c', 'b', 'a', 'b', 'a', 'c']);
    assert.equal(ops.filter((o) => o.kind !== 'equal').length, 5);
    assert.deepEqual(ops.filter((o) => o.kind !== 'insert').map((o) => o.line), ['a', 'b', 'c', 'a', 'b', 'b', 'a']);
    assert.deepEqual(ops.filter((o) => o.kind !== 'delete').map((o) => o.line), ['c', 'b', 'a', 'b', 'a', 'c']);
  });

  it('marks a missing final newline', () => {
    assert.equal(unifiedDiff('x = 10L', 'x = 10', 'f.py'), '--- a/f.py\n+++ b/f.py\n@@ -1 +1 @@\n-x = 10L\n\\ No newline at end of file\n+x = 10\n\\ No newline at end of file\n');
  });

  it('agrees with GNU diff -u and patch on random edits', function () {
    if (!hasDiff) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-diff-'));
    const rand = random(42);
    for (let round = 0; round < 150; round++) {
      const length = Math.floor(rand() * 30);
      const a = Array.from({ length }, () => `line ${Math.floor(rand() * 8)}\n`);
      const b = mutate(a, rand);
      const before = a.join('');
      const after = b.join('');
      fs.writeFileSync(path.join(dir, 'a.py'), before);
      fs.writeFileSync(path.join(dir, 'b.py'), after);
      const ours = unifiedDiff(before, after, 'f.py');
      const gnu = spawnSync('diff', ['-u', 'a.py', 'b.py'], { cwd: dir }).stdout.toString();
      const changes = (d: string): number => d.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l)).length;
      // Both are minimal; where equal lines repeat they may align them differently, so the
      // hunks can differ while the number of changed lines cannot.
      assert.equal(changes(ours), changes(gnu), `round ${round}: edit length\n${ours}\n---\n${gnu}`);
      if (before === after) continue;
      fs.writeFileSync(path.join(dir, 'f.py'), before);
      fs.writeFileSync(path.join(dir, 'p.diff'), ours);
      execFileSync('patch', ['-s', '-p1', '-d', dir, '-i', path.join(dir, 'p.diff')], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, 'f.py'), 'utf8'), after, `round ${round}: patch result`);
    }
  });
});
