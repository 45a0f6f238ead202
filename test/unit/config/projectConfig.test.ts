import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { globMatcher } from '../../../server/src/cli/glob';
import { excludedByConfig, findProjectConfig, formatProblem, parseConfigText, severitiesOf, type RuleInfo } from '../../../server/src/config/projectConfig';

const RULE_IDS = ['print-statement', 'long-suffix', 'old-ne-operator', 'old-style-class'];
const parse = (text: string, standalone = false) => parseConfigText(text, 'pyproject.toml', { ruleIds: RULE_IDS, standalone });
const messages = (text: string): string[] => parse(text).problems.map(formatProblem);

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-config-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('config: [tool.py3migrate] parsing and validation', () => {
  it('reads every key, with the rules table', () => {
    const result = parse(`[project]
name = "demo"

[tool.py3migrate]
target = "py3"
select = ["print-statement", "long-suffix"]
ignore = ["old-ne-operator"]
exclude = ["build", "legacy/**/gen_*.py"]
max-file-size = "4MB"
docs-base-url = "https://wiki.example.com/py3"

[tool.py3migrate.rules]
long-suffix = "off"
"print-statement" = "warning"
`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.hasTable, true);
    assert.deepEqual({ ...result.config, rules: [...result.config.rules!] }, {
      target: 'py3',
      select: ['print-statement', 'long-suffix'],
      ignore: ['old-ne-operator'],
      exclude: ['build', 'legacy/**/gen_*.py'],
      maxFileSize: 4 * 1024 * 1024,
      docsBaseUrl: 'https://wiki.example.com/py3/',
      rules: [['long-suffix', 'off'], ['print-statement', 'warning']],
    });
  });

  it('a pyproject.toml without the table is not a py3migrate config', () => {
    const result = parse('[tool.ruff]\nline-length = 100\n');
    assert.equal(result.hasTable, false);
    assert.deepEqual(result.problems, []);
  });

  it('an unknown key is a warning naming the file, line and key, with a suggestion', () => {
    const result = parse('[tool.py3migrate]\ntarget = "py3"\ntargte = "compat"\nmaxFileSize = 10\nwhatever = 1\n');
    assert.equal(result.config.target, 'py3');
    const problems = result.problems.map((p) => [p.level, formatProblem(p)]);
    assert.deepEqual(problems.map((p) => p[0]), ['warning', 'warning', 'warning']);
    assert.match(problems[0][1], /^pyproject\.toml:3: tool\.py3migrate\.targte: unknown key \(did you mean 'target'\?\)/);
    assert.match(problems[1][1], /^pyproject\.toml:4: tool\.py3migrate\.maxFileSize: unknown key \(did you mean 'max-file-size'\?\)/);
    assert.match(problems[2][1], /^pyproject\.toml:5: tool\.py3migrate\.whatever: unknown key; ignoring it \(keys: target, select, ignore, exclude, rules, max-file-size, docs-base-url\)/);
  });

  it('a bad value is an error naming the expected values, and is dropped', () => {
    const result = parse(`[tool.py3migrate]
target = "py2"
select = "print-statement"
exclude = [1, 2]
max-file-size = -5
docs-base-url = "not a url"

[tool.py3migrate.rules]
long-suffix = "warn"
`);
    assert.deepEqual(result.config, { rules: new Map() });
    assert.ok(result.problems.every((p) => p.level === 'error'));
    assert.deepEqual(result.problems.map(formatProblem), [
      'pyproject.toml:2: tool.py3migrate.target: expected "compat" or "py3", got "py2"',
      'pyproject.toml:3: tool.py3migrate.select: expected an array of rule ids such as ["print-statement"], got "print-statement"',
      'pyproject.toml:4: tool.py3migrate.exclude: expected an array of glob strings such as ["build", "legacy/**/gen_*.py"], got [1,2]',
      'pyproject.toml:5: tool.py3migrate.max-file-size: expected a number of bytes, 0 or more (or a size such as "4MB"), got -5',
      'pyproject.toml:6: tool.py3migrate.docs-base-url: expected an absolute URL such as "https://wiki.example.com/py3/rules/", got "not a url"',
      'pyproject.toml:9: tool.py3migrate.rules.long-suffix: expected "off", "error", "warning" or "information", got "warn"',
    ]);
  });

  it('unknown rule ids: an error in select/ignore (it changes what runs), a warning in [rules]', () => {
    const result = parse('[tool.py3migrate]\nselect = ["print-statment", "long-suffix"]\nrules = { "old-ne-operatr" = "off" }\n');
    assert.deepEqual(result.config.select, ['long-suffix']);
    assert.deepEqual(result.problems.map((p) => [p.level, formatProblem(p)]), [
      ['error', "pyproject.toml:2: tool.py3migrate.select: there is no rule 'print-statment' (did you mean 'print-statement'?); `py3migrate rules` lists them"],
      ['warning', "pyproject.toml:3: tool.py3migrate.rules.old-ne-operatr: there is no rule 'old-ne-operatr' (did you mean 'old-ne-operator'?); ignoring it"],
    ]);
  });

  it('a TOML syntax error names the line and column', () => {
    const problems = messages('[tool.py3migrate]\ntarget = "py3"\nselect = [\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^pyproject\.toml:\d+: not valid TOML: .+ \(line \d+, column \d+\)$/);
    const broken = messages('[tool.py3migrate]\ntarget = py3\n');
    assert.match(broken[0], /^pyproject\.toml:2: not valid TOML: .*\(line 2, column \d+\)/);
  });

  it('the table must be a table', () => {
    assert.match(messages('[tool]\npy3migrate = "yes"\n')[0], /tool\.py3migrate: must be a table/);
  });

  it('a standalone file (--config other.toml) has the keys at the top level', () => {
    const result = parse('target = "py3"\n[rules]\nlong-suffix = 3\n', true);
    assert.equal(result.config.target, 'py3');
    assert.deepEqual(result.problems.map(formatProblem), ['pyproject.toml:3: rules.long-suffix: expected "off", "error", "warning" or "information", got 3']);
  });
});

describe('config: nearest pyproject.toml', () => {
  it('walks up from a file or folder to the nearest pyproject.toml with the table, passing over ones without it', () => {
    const root = tree({
      'pyproject.toml': '[tool.py3migrate]\ntarget = "py3"\n',
      'app/pyproject.toml': '[tool.black]\nline-length = 100\n',
      'app/pkg/mod.py': 'x = 1\n',
      'lib/pyproject.toml': '[tool.py3migrate]\ntarget = "compat"\n',
      'lib/sub/mod.py': 'x = 1\n',
    });
    const opts = { ruleIds: RULE_IDS };
    const fromApp = findProjectConfig(path.join(root, 'app', 'pkg', 'mod.py'), opts);
    assert.equal(fromApp?.file, path.join(root, 'pyproject.toml'));
    assert.equal(fromApp?.config.target, 'py3');
    const fromLib = findProjectConfig(path.join(root, 'lib', 'sub'), opts);
    assert.equal(fromLib?.file, path.join(root, 'lib', 'pyproject.toml'));
    assert.equal(fromLib?.dir, path.join(root, 'lib'));
    assert.equal(fromLib?.config.target, 'compat');
  });

  it('takes a pyproject.toml that mentions the table but does not parse, so the error is seen', () => {
    const root = tree({ 'pyproject.toml': '[tool.py3migrate\ntarget = "py3"\n', 'a.py': '' });
    const found = findProjectConfig(path.join(root, 'a.py'), { ruleIds: RULE_IDS });
    assert.equal(found?.file, path.join(root, 'pyproject.toml'));
    assert.equal(found?.problems[0].level, 'error');
    assert.match(formatProblem(found!.problems[0]), /pyproject\.toml:1: not valid TOML/);
  });

  it('exclude globs: a name anywhere, or a path relative to the config folder', () => {
    const cfg = { dir: '/proj' };
    const globs = ['build', 'legacy/**/gen_*.py'];
    const excluded = (p: string): boolean => excludedByConfig(cfg, globs, p, globMatcher);
    assert.equal(excluded('/proj/build/x.py'), true);
    assert.equal(excluded('/proj/src/build/x.py'), true);
    assert.equal(excluded('/proj/legacy/a/b/gen_1.py'), true);
    assert.equal(excluded('/proj/legacy/gen_1.py'), true);
    assert.equal(excluded('/proj/src/legacy/gen_1.py'), false);
    assert.equal(excluded('/proj/src/x.py'), false);
    assert.equal(excluded('/elsewhere/build/x.py'), false);
  });
});

describe('config: severities for the language server', () => {
  const rules: RuleInfo[] = [
    { id: 'print-statement', severity: 'error' },
    { id: 'long-suffix', severity: 'error' },
    { id: 'old-ne-operator', severity: 'error' },
    { id: 'old-style-class', severity: 'information', defaultEnabled: false },
  ];
  it('select turns the others off and enables an opt-in rule it names; ignore and [rules] off win', () => {
    const m = severitiesOf({ select: ['print-statement', 'old-style-class', 'long-suffix'], ignore: ['long-suffix'], rules: new Map([['print-statement', 'warning']]) }, rules);
    assert.deepEqual(Object.fromEntries(m), { 'print-statement': 'warning', 'long-suffix': 'off', 'old-ne-operator': 'off', 'old-style-class': 'information' });
  });
  it('without select, only [rules] and ignore', () => {
    const m = severitiesOf({ ignore: ['old-ne-operator'], rules: new Map([['old-style-class', 'warning']]) }, rules);
    assert.deepEqual(Object.fromEntries(m), { 'old-style-class': 'warning', 'old-ne-operator': 'off' });
  });
});
