// check --baseline FILE / --update-baseline: CI fails only on findings the baseline does not know.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, run, tempTree } from './helpers';

const LEGACY = 'import os\n\nif a <> b:\n    x = 10L\n    y = 10L\n';

function baselineOf(dir: string, name = 'baseline.json'): { version: number; findings: { path: string; rule: string; fingerprint: string; count: number; code: string }[] } {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
}

describe('cli: baseline', () => {
  before(buildOnce);

  it('--update-baseline writes a stable, sorted, one-entry-per-line file with a version', () => {
    const dir = tempTree({ 'pkg/b.py': LEGACY, 'a.py': 'print "x"\n' });
    const r = run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Wrote 4 findings to the baseline baseline\.json/);
    const text = fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], '{');
    assert.equal(lines[1], '  "version": 1,');
    // One entry per line, then the closing lines.
    const entries = lines.filter((l) => l.startsWith('    {'));
    assert.equal(entries.length, 4);
    assert.deepEqual(lines.slice(-3), ['  ]', '}', '']);
    const data = baselineOf(dir);
    assert.equal(data.version, 1);
    assert.deepEqual(data.findings.map((e) => [e.path, e.rule, e.count]), [
      ['a.py', 'print-statement', 1],
      ['pkg/b.py', 'long-suffix', 1],
      ['pkg/b.py', 'long-suffix', 1],
      ['pkg/b.py', 'old-ne-operator', 1],
    ]);
    assert.ok(data.findings.every((e) => /^[0-9a-f]{16}$/.test(e.fingerprint)));
    assert.equal(data.findings[0].code, 'print "x"');
    // Byte-identical when written again, and with worker threads.
    run(['check', '--baseline', 'baseline.json', '--update-baseline', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'), text);
  });

  it('passes on known findings, fails only on new ones, and survives lines inserted above', () => {
    const dir = tempTree({ 'legacy.py': LEGACY });
    assert.equal(run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir }).code, 0);

    const same = run(['check', '--baseline', 'baseline.json', '.'], { cwd: dir });
    assert.equal(same.code, 0, same.stderr);
    assert.equal(same.stdout, '');
    assert.match(same.stderr, /No new findings in 1 file \(3 in the baseline\)/);

    // Lines inserted above every baselined finding, and one re-indented: still known.
    fs.writeFileSync(path.join(dir, 'legacy.py'), '"""Docs."""\nimport sys\n\n\n' + LEGACY.replace('if a <> b:', 'if  a <>  b:'));
    const moved = run(['check', '--baseline', 'baseline.json', '--format', 'json', '.'], { cwd: dir });
    assert.equal(moved.code, 0, moved.stderr);
    assert.deepEqual(JSON.parse(moved.stdout), []);

    // A new finding elsewhere is reported, alone, with its real line number.
    fs.appendFileSync(path.join(dir, 'legacy.py'), 'print "new"\n');
    const added = run(['check', '--baseline', 'baseline.json', '.'], { cwd: dir });
    assert.equal(added.code, 1);
    assert.deepEqual(added.stdout.trim().split('\n').map((l) => l.replace(/ .*/, '')), ['legacy.py:10:1:']);
    assert.match(added.stderr, /Found 1 new finding in 1 file \(3 more in the baseline; 1 fixable/);
  });

  it('counts duplicates: a third copy of a baselined line is new', () => {
    const dir = tempTree({ 'dup.py': 'x = 10L\nx = 10L\n' });
    run(['check', '--baseline', 'b.json', '--update-baseline', 'dup.py'], { cwd: dir });
    const entries = baselineOf(dir, 'b.json').findings;
    assert.deepEqual(entries.map((e) => e.count), [2]);
    fs.writeFileSync(path.join(dir, 'dup.py'), 'x = 10L\nx = 10L\nx = 10L\n');
    const r = run(['check', '--baseline', 'b.json', 'dup.py'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
  });

  it('reports how many baselined findings were fixed, so the baseline can be tightened', () => {
    const dir = tempTree({ 'legacy.py': LEGACY, 'other.py': 'x = 10L\n' });
    run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'legacy.py'), LEGACY.replace('<>', '!=').replace('y = 10L', 'y = 10'));
    const r = run(['check', '--baseline', 'baseline.json', '.'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /2 baselined findings are fixed: tighten the baseline with --update-baseline/);
    // Checking only one file does not call the other file's entries fixed.
    const one = run(['check', '--baseline', 'baseline.json', 'other.py'], { cwd: dir });
    assert.doesNotMatch(one.stderr, /fixed/);
    // Nor does running only some rules call the other rules' entries fixed.
    const some = run(['check', '--baseline', 'baseline.json', '--select', 'print-statement', '.'], { cwd: dir });
    assert.equal(some.code, 0);
    assert.doesNotMatch(some.stderr, /fixed/);
  });

  it('names files relative to the baseline, wherever check runs from', () => {
    const dir = tempTree({ 'src/pkg/m.py': 'x = 10L\n' });
    run(['check', '--baseline', 'baseline.json', '--update-baseline', 'src'], { cwd: dir });
    assert.equal(baselineOf(dir).findings[0].path, 'src/pkg/m.py');
    const fromInside = run(['check', '--baseline', '../../baseline.json', '.'], { cwd: path.join(dir, 'src', 'pkg') });
    assert.equal(fromInside.code, 0, fromInside.stderr);
  });

  it('keeps the entries of files that could not be read when updating, and rejects bad usage', () => {
    const dir = tempTree({ 'a.py': 'x = 10L\n', 'b.py': 'y = 20L\n' });
    run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir });
    fs.writeFileSync(path.join(dir, 'b.py'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0x10]));
    const update = run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir });
    assert.equal(update.code, 2);
    assert.deepEqual(baselineOf(dir).findings.map((e) => e.path), ['a.py', 'b.py']);

    // Updating with only some rules keeps the other rules' entries.
    fs.writeFileSync(path.join(dir, 'b.py'), 'y = 20L\nprint "b"\n');
    run(['check', '--baseline', 'baseline.json', '--update-baseline', '--select', 'print-statement', '.'], { cwd: dir });
    assert.deepEqual(baselineOf(dir).findings.map((e) => `${e.path} ${e.rule}`), ['a.py long-suffix', 'b.py long-suffix', 'b.py print-statement']);

    const missing = run(['check', '--baseline', 'nope.json', '.'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /baseline file 'nope\.json' does not exist/);
    assert.equal(run(['check', '--update-baseline', '.'], { cwd: dir }).code, 2);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 99, "findings": []}');
    assert.match(run(['check', '--baseline', 'bad.json', '.'], { cwd: dir }).stderr, /not a py3migrate baseline/);
  });

  it('SARIF results are marked new relative to the baseline', () => {
    const dir = tempTree({ 'a.py': 'x = 10L\n' });
    run(['check', '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: dir });
    fs.appendFileSync(path.join(dir, 'a.py'), 'print "x"\n');
    const log = JSON.parse(run(['check', '--baseline', 'baseline.json', '--format', 'sarif', '.'], { cwd: dir }).stdout);
    assert.deepEqual(log.runs[0].results.map((r: { ruleId: string; baselineState: string }) => [r.ruleId, r.baselineState]), [['print-statement', 'new']]);
  });
});
