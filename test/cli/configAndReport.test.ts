// The built CLI with a pyproject.toml config, and the report command's wiring (main.ts, help).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, run, tempTree } from './helpers';

describe('cli: [tool.py3migrate] config and report', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    buildOnce();
    dir = tempTree({
      'pyproject.toml': '[tool.py3migrate]\nexclude = ["vendor"]\n[tool.py3migrate.rules]\nlong-suffix = "off"\nold-ne-operator = "warning"\n',
      'src/a.py': 'x = 10L\nif x <> 1:\n    pass\n',
      'vendor/v.py': 'print "v"\n',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check applies the config found above the path; --isolated ignores it', () => {
    const withConfig = run(['check', '--format', 'json', path.join(dir, 'src')]);
    const findings = JSON.parse(withConfig.stdout) as { rule: string; severity: string }[];
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['old-ne-operator', 'warning']]);
    const isolated = JSON.parse(run(['check', '--format', 'json', '--isolated', dir]).stdout) as { rule: string; path: string }[];
    assert.deepEqual(isolated.map((f) => f.rule).sort(), ['long-suffix', 'old-ne-operator', 'print-statement']);
  });

  it('a broken config stops check with exit 2, naming file, line and key', () => {
    const bad = tempTree({ 'pyproject.toml': '[tool.py3migrate]\ntarget = "python3"\n', 'a.py': 'x = 1\n' });
    const result = run(['check', bad]);
    assert.equal(result.code, 2);
    assert.ok(result.stderr.includes(`${path.join(bad, 'pyproject.toml')}:2: tool.py3migrate.target: expected "compat" or "py3", got "python3"`), result.stderr);
    fs.rmSync(bad, { recursive: true, force: true });
  });

  it('fix applies an opt-in rule the config turns on, as check reports it', () => {
    const dir = tempTree({
      'pyproject.toml': '[tool.py3migrate]\ntarget = "py3"\n[tool.py3migrate.rules]\nset-literal = "information"\n',
      'app.py': 'allowed = set(["r", "w"])\n',
    });
    assert.match(run(['check', 'app.py'], { cwd: dir }).stdout, /set-literal/);
    const fixed = run(['fix', 'app.py'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'app.py'), 'utf8'), 'allowed = {"r", "w"}\n');
  });

  it('report is a command with its own help', () => {
    const result = run(['report', dir, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const data = JSON.parse(result.stdout) as { summary: { files: number; findings: number }; config: string };
    assert.deepEqual([data.summary.files, data.summary.findings], [1, 1]);
    assert.match(data.config, /pyproject\.toml$/);
    assert.match(run(['help', 'report']).stdout, /--format md\|html\|json/);
    assert.match(run(['--help']).stdout, /py3migrate report \[PATH\.\.\.\]/);
  });
});
