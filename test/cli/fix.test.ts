import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, read, run, snapshot, tempTree } from './helpers';

const PY2 = 'if a <> b:\n    x = 10L\n';
const PY3 = 'if a != b:\n    x = 10\n';

describe('cli: fix', () => {
  before(buildOnce);

  it('rewrites files in place, keeping the file mode, and exits 0 when nothing remains', () => {
    const dir = tempTree({ 'a.py': PY2, 'pkg/b.py': 'y = 0xFFL\n', 'clean.py': 'z = 1\n' });
    fs.chmodSync(path.join(dir, 'a.py'), 0o754);
    const cleanBefore = fs.statSync(path.join(dir, 'clean.py')).mtimeMs;
    const r = run(['fix', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(read(dir, 'a.py').toString(), PY3);
    assert.equal(read(dir, 'pkg/b.py').toString(), 'y = 0xFF\n');
    assert.equal(fs.statSync(path.join(dir, 'a.py')).mode & 0o7777, 0o754);
    assert.equal(fs.statSync(path.join(dir, 'clean.py')).mtimeMs, cleanBefore, 'an unchanged file is not rewritten');
    assert.match(r.stderr, /Fixed 3 issues in 2 files, 0 remaining\./);
    assert.equal(r.stdout, '');
    // No temp files are left behind.
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.py', 'clean.py', 'pkg']);
    // Fixing again changes nothing.
    const again = run(['fix', '.'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.match(again.stderr, /Fixed 0 issues in 0 files, 0 remaining\./);
  });

  it('keeps CRLF line endings, a UTF-8 BOM and a latin-1 coding cookie', () => {
    const latin1 = Buffer.concat([
      Buffer.from('# -*- coding: latin-1 -*-\nname = "'),
      Buffer.from([0xe9, 0xe8]), // "éè" in latin-1: invalid as UTF-8
      Buffer.from('"\nif a <> b: pass\n'),
    ]);
    const dir = tempTree({
      'crlf.py': 'if a <> b:\r\n    x = 10L\r\n',
      'bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('s = "\u00e9"\nx = 10L\n')]),
      'latin.py': latin1,
    });
    const r = run(['fix', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(read(dir, 'crlf.py').toString(), 'if a != b:\r\n    x = 10\r\n');
    assert.deepEqual(read(dir, 'bom.py'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('s = "\u00e9"\nx = 10\n')]));
    assert.deepEqual(read(dir, 'latin.py'), Buffer.from(latin1.toString('latin1').replace('<>', '!='), 'latin1'));
  });

  it('honours --select and --ignore; what remains counts only the selected rules', () => {
    const dir = tempTree({ 'a.py': PY2 });
    const r = run(['fix', '--select', 'long-suffix', 'a.py'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(read(dir, 'a.py').toString(), 'if a <> b:\n    x = 10\n');
    assert.match(r.stderr, /Fixed 1 issue in 1 file, 0 remaining\./);
    const dir2 = tempTree({ 'a.py': PY2 });
    const r2 = run(['fix', '--ignore', 'long-suffix', 'a.py'], { cwd: dir2 });
    assert.equal(r2.code, 0);
    assert.equal(read(dir2, 'a.py').toString(), 'if a != b:\n    x = 10L\n');
    assert.equal(run(['fix', '--select', 'bogus-rule', 'a.py'], { cwd: dir2 }).code, 2);
  });

  it('reads stdin and writes the fixed code to stdout for -', () => {
    const r = run(['fix', '-'], { input: PY2 });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, PY3);
    assert.match(r.stderr, /Fixed 2 issues in 1 file, 0 remaining\./);
    // Nothing to fix: the input comes back unchanged.
    const clean = run(['fix', '-'], { input: 'x = 1\r\n' });
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, 'x = 1\r\n');
    // Undecodable input comes back unchanged too (an editor piping its buffer must not lose it).
    const bad = Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0x0a]);
    const r3 = run(['fix', '-'], { input: bad });
    assert.equal(r3.code, 2);
    assert.deepEqual(r3.stdoutBytes, bad);
    assert.match(r3.stderr, /-: is not valid UTF-8/);
  });

  it('--diff prints a unified diff that applies, and writes nothing', () => {
    const lines = ['import os', 'a = 1', 'b = 2', 'c = 3', 'd = 4', 'if a <> b:', '    pass', 'e = 5', 'f = 6', 'g = 7', 'h = 8', 'i = 9', 'j = 10', 'k = 11', 'l = 12', 'x = 10L'];
    const source = lines.join('\n') + '\n';
    const dir = tempTree({ 'm.py': source, 'clean.py': 'x = 1\n' });
    const before = snapshot(dir);
    const r = run(['fix', '--diff', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(snapshot(dir), before, '--diff writes nothing');
    assert.equal(
      r.stdout,
      [
        '--- a/m.py',
        '+++ b/m.py',
        '@@ -3,7 +3,7 @@',
        ' b = 2',
        ' c = 3',
        ' d = 4',
        '-if a <> b:',
        '+if a != b:',
        '     pass',
        ' e = 5',
        ' f = 6',
        '@@ -13,4 +13,4 @@',
        ' j = 10',
        ' k = 11',
        ' l = 12',
        '-x = 10L',
        '+x = 10',
        '',
      ].join('\n'),
    );
    assert.match(r.stderr, /Would fix 2 issues in 1 file, 0 remaining\./);
    // The diff is a real patch: applying it gives what `fix` writes.
    if (spawnSync('patch', ['--version']).status !== 0) return;
    fs.writeFileSync(path.join(dir, 'fix.patch'), r.stdout);
    execFileSync('patch', ['-p1', '-s', '-i', 'fix.patch'], { cwd: dir });
    assert.equal(read(dir, 'm.py').toString(), run(['fix', '-'], { input: source }).stdout);
  });

  it('--diff on stdin prints the diff, not the code', () => {
    const r = run(['fix', '--diff', '-'], { input: 'x = 10L\n' });
    assert.equal(r.stdout, '--- a/stdin\n+++ b/stdin\n@@ -1 +1 @@\n-x = 10L\n+x = 10\n');
  });

  it('rewrites through a symlink, leaving the link a link', () => {
    const dir = tempTree({ 'real.py': 'x = 10L\n' });
    fs.symlinkSync('real.py', path.join(dir, 'link.py'));
    const r = run(['fix', 'link.py'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'link.py')).isSymbolicLink());
    assert.equal(read(dir, 'real.py').toString(), 'x = 10\n');
  });
});
