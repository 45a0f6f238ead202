import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, run, tempTree } from './helpers';

const PY2 = 'if a <> b:\n    x = 10L\n';

describe('cli: basics', () => {
  before(buildOnce);

  it('prints its version and help', () => {
    const version = run(['--version']);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^py3migrate \d+\.\d+\.\d+\n$/);
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Exit codes/);
    for (const command of ['check', 'fix', 'rules']) {
      const r = run(['help', command]);
      assert.equal(r.code, 0, command);
      assert.match(r.stdout, new RegExp(`Usage: py3migrate ${command}`));
      assert.equal(run([command, '--help']).stdout, r.stdout);
    }
    assert.match(run(['check', '--help']).stdout, /fixable/);
  });

  it('rejects unknown commands, options and values with exit 2 and a clear message', () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['check', '--selct', 'x'], /unknown option '--selct' for 'check'/],
      [['--bogus'], /unknown option '--bogus'/],
      [['check', '--format', 'xml'], /invalid value 'xml' for --format/],
      [['check', '--target', 'py4'], /invalid value 'py4' for --target/],
      [['check', '--max-file-size', 'lots'], /--max-file-size/],
      [['check', '--target'], /'--target' needs a value/],
      [['fix', '--diff=yes'], /takes no value/],
      [['help', 'nope'], /no help for 'nope'/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
    }
  });

  it('lists the rules as text and JSON', () => {
    const json = run(['rules', '--format', 'json']);
    assert.equal(json.code, 0);
    const rules = JSON.parse(json.stdout) as { id: string; category: string; severity: string; fixability: Record<string, string>; summary: string }[];
    const ids = rules.map((r) => r.id);
    assert.ok(ids.includes('old-ne-operator') && ids.includes('long-suffix'));
    for (const rule of rules) {
      assert.ok(rule.category && rule.severity && rule.summary, rule.id);
      assert.match(rule.fixability.py3, /^(safe|unsafe|manual|none)$/);
      assert.match(rule.fixability.compat, /^(safe|unsafe|manual|none)$/);
    }
    const text = run(['rules']);
    assert.equal(text.code, 0);
    for (const id of ids) assert.match(text.stdout, new RegExp(`^${id} `, 'm'));
  });
});

describe('cli: check', () => {
  before(buildOnce);

  it('reports findings as a JSON array with 1-based positions, exit 1', () => {
    const dir = tempTree({ 'a.py': PY2 });
    const r = run(['check', '--format', 'json', 'a.py'], { cwd: dir });
    assert.equal(r.code, 1);
    const findings = JSON.parse(r.stdout);
    assert.deepEqual(findings, [
      {
        path: 'a.py', rule: 'old-ne-operator', severity: 'error', message: findings[0].message,
        line: 1, column: 6, endLine: 1, endColumn: 8, fixable: true, fix: { title: findings[0].fix.title, safety: 'safe' },
      },
      {
        path: 'a.py', rule: 'long-suffix', severity: 'error', message: findings[1].message,
        line: 2, column: 9, endLine: 2, endColumn: 12, fixable: true, fix: { title: findings[1].fix.title, safety: 'safe' },
      },
    ]);
    assert.match(r.stderr, /Found 2 findings in 1 file \(2 fixable with `py3migrate fix`\)/);
  });

  it('prints ruff-style text lines on stdout and the summary on stderr', () => {
    const dir = tempTree({ 'a.py': PY2, 'clean.py': 'x = 1\n' });
    const r = run(['check', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^a\.py:1:6: old-ne-operator .+ \[\*\]$/);
    assert.match(lines[1], /^a\.py:2:9: long-suffix .+ \[\*\]$/);
    assert.match(r.stderr, /Found 2 findings in 1 file/);
  });

  it('exits 0 with an empty array when nothing is found', () => {
    const dir = tempTree({ 'clean.py': 'x = 1 != 2\n' });
    const r = run(['check', '--format', 'json', dir]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('honours --select and --ignore, and names unknown rule ids', () => {
    const dir = tempTree({ 'a.py': PY2 });
    const rules = (args: string[]): string[] => JSON.parse(run(['check', '--format', 'json', ...args, 'a.py'], { cwd: dir }).stdout).map((f: { rule: string }) => f.rule);
    assert.deepEqual(rules(['--select', 'long-suffix']), ['long-suffix']);
    assert.deepEqual(rules(['--select=old-ne-operator,long-suffix']), ['old-ne-operator', 'long-suffix']);
    assert.deepEqual(rules(['--ignore', 'long-suffix']), ['old-ne-operator']);
    assert.deepEqual(rules(['--ignore', 'long-suffix', '--ignore', 'old-ne-operator']), []);
    const bad = run(['check', '--select', 'long-suffix,no-such-rule,other-bogus', 'a.py'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown rule ids in --select: no-such-rule, other-bogus/);
    assert.equal(run(['check', '--ignore', 'nope', 'a.py'], { cwd: dir }).code, 2);
  });

  it('walks folders for *.py, skipping default excludes and --exclude globs', () => {
    const dir = tempTree({
      'pkg/mod.py': PY2,
      'pkg/sub/deep.py': PY2,
      'pkg/gen/out_pb2.py': PY2,
      'pkg/notes.txt': PY2,
      '.git/hooks/x.py': PY2,
      'node_modules/m/x.py': PY2,
      '__pycache__/x.py': PY2,
      '.venv/lib/x.py': PY2,
      'venv/lib/x.py': PY2,
      'legacy/old.py': PY2,
    });
    const paths = (args: string[]): string[] => [...new Set<string>(JSON.parse(run(['check', '--format', 'json', ...args], { cwd: dir }).stdout).map((f: { path: string }) => f.path))];
    const sep = path.sep;
    assert.deepEqual(paths(['.']), [`legacy${sep}old.py`, `pkg${sep}gen${sep}out_pb2.py`, `pkg${sep}mod.py`, `pkg${sep}sub${sep}deep.py`]);
    assert.deepEqual(paths(['pkg', '--exclude', '*_pb2.py', '--exclude', 'sub']), [`pkg${sep}mod.py`]);
    assert.deepEqual(paths(['.', '--exclude', 'pkg/**', '--exclude=legacy']), []);
    assert.deepEqual(paths(['.', '--exclude', 'pkg/sub/*.py']), [`legacy${sep}old.py`, `pkg${sep}gen${sep}out_pb2.py`, `pkg${sep}mod.py`]);
    // Named explicitly, a file is checked; a user --exclude still applies to it.
    assert.deepEqual(paths(['venv/lib/x.py']), ['venv/lib/x.py']);
    assert.deepEqual(paths(['pkg/mod.py', '--exclude', 'mod.py']), []);
    assert.ok(paths(['.', '--no-default-excludes']).includes(`venv${sep}lib${sep}x.py`));
  });

  it('reads standard input for -', () => {
    const r = run(['check', '--format', 'json', '-'], { input: 'x = 10L\n' });
    assert.equal(r.code, 1);
    const [finding] = JSON.parse(r.stdout);
    assert.equal(finding.path, '-');
    assert.equal(finding.rule, 'long-suffix');
    const named = run(['check', '--stdin-filename', 'src/app.py', '-'], { input: 'x = 10L\n' });
    assert.match(named.stdout, /^src\/app\.py:1:5: long-suffix/);
  });

  it('reports per the target: fixable is per target', () => {
    const dir = tempTree({ 'a.py': 'x = 10L\n' });
    for (const target of ['py3', 'compat']) {
      const [finding] = JSON.parse(run(['check', '--format', 'json', '--target', target, 'a.py'], { cwd: dir }).stdout);
      assert.equal(finding.fixable, true, target);
    }
  });

  it('leaves the checked files untouched', () => {
    const dir = tempTree({ 'a.py': PY2 });
    run(['check', dir]);
    assert.equal(fs.readFileSync(path.join(dir, 'a.py'), 'utf8'), PY2);
  });
});
