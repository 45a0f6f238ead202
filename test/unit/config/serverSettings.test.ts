// How the language server combines the project config with the editor settings.

import assert from 'node:assert/strict';
import { parseConfigText, type LoadedConfig, type RuleInfo } from '../../../server/src/config/projectConfig';
import { matchesGlob } from '../../../server/src/lsp/glob';
import { projectExcludeGlobs, resolveSettings, USER_SET_KEY, type Settings } from '../../../server/src/lsp/settings';

/** As the server applies py3migrate.exclude to an absolute path (server.ts isExcluded). */
const excluded = (settings: Settings, fsPath: string): boolean => settings.exclude.some((glob) => matchesGlob(glob, fsPath));

const RULES: RuleInfo[] = [
  { id: 'print-statement', severity: 'error' },
  { id: 'long-suffix', severity: 'error' },
  { id: 'old-ne-operator', severity: 'warning' },
];

function project(text: string): LoadedConfig {
  const parsed = parseConfigText(text, '/proj/pyproject.toml', { ruleIds: RULES.map((r) => r.id) });
  return { file: '/proj/pyproject.toml', dir: '/proj', config: parsed.config, problems: parsed.problems };
}

// What VS Code sends: every setting, defaults merged in.
const VSCODE_DEFAULTS = { target: 'compat', rules: {}, exclude: [], docs: { baseUrl: '' }, maxFileSize: 2097152, trace: { server: 'off' } };

describe('server settings: project config under editor settings', () => {
  const proj = project(`[tool.py3migrate]
target = "py3"
exclude = ["generated"]
max-file-size = 1000
docs-base-url = "https://docs.example.com/py3"
ignore = ["old-ne-operator"]
[tool.py3migrate.rules]
long-suffix = "warning"
`);

  it('without a project config, the editor settings alone (as before)', () => {
    const { settings } = resolveSettings({ ...VSCODE_DEFAULTS, [USER_SET_KEY]: [] }, undefined, RULES);
    assert.equal(settings.target, 'compat');
    assert.deepEqual(settings.exclude, []);
  });

  it('the project applies where the user set nothing, although VS Code sent the defaults', () => {
    const { settings, problems } = resolveSettings({ ...VSCODE_DEFAULTS, [USER_SET_KEY]: [] }, proj, RULES);
    assert.deepEqual(problems, []);
    assert.equal(settings.target, 'py3');
    assert.equal(settings.maxFileSize, 1000);
    assert.equal(settings.docsBaseUrl, 'https://docs.example.com/py3/');
    assert.deepEqual(Object.fromEntries(settings.severities), { 'long-suffix': 'warning', 'old-ne-operator': 'off' });
    assert.deepEqual(settings.exclude, ['/proj/**/generated']);
    assert.equal(excluded(settings, '/proj/src/generated/x.py'), true);
    assert.equal(excluded(settings, '/proj/generated'), true);
    assert.equal(excluded(settings, '/proj/src/x.py'), false);
    assert.equal(excluded(settings, '/other/generated/x.py'), false);
  });

  it('a setting the user set wins, even when it equals the default', () => {
    const raw = { ...VSCODE_DEFAULTS, target: 'compat', exclude: ['**/vendor/**'], [USER_SET_KEY]: ['target', 'exclude'] };
    const { settings } = resolveSettings(raw, proj, RULES);
    assert.equal(settings.target, 'compat');
    assert.deepEqual(settings.exclude, ['**/vendor/**']);
    assert.equal(settings.maxFileSize, 1000);
  });

  it("the user's per-rule severities override the project's rule by rule", () => {
    const raw = { ...VSCODE_DEFAULTS, rules: { 'old-ne-operator': 'information' }, [USER_SET_KEY]: ['rules'] };
    const { settings } = resolveSettings(raw, proj, RULES);
    assert.deepEqual(Object.fromEntries(settings.severities), { 'long-suffix': 'warning', 'old-ne-operator': 'information' });
  });

  it('clients without the user-set list: a value present and not the default counts as set', () => {
    assert.equal(resolveSettings({ target: 'compat' }, proj, RULES).settings.target, 'py3');
    assert.equal(resolveSettings({ ...VSCODE_DEFAULTS }, proj, RULES).settings.target, 'py3');
    assert.equal(resolveSettings({ target: 'py3', maxFileSize: 5 }, project('[tool.py3migrate]\ntarget = "compat"\n'), RULES).settings.target, 'py3');
    assert.equal(resolveSettings({ 'docs.baseUrl': 'https://mine.example/' }, proj, RULES).settings.docsBaseUrl, 'https://mine.example/');
  });

  it('project exclude globs become absolute globs with the CLI meaning; glob characters in the folder match literally', () => {
    const globs = projectExcludeGlobs('/work/[odd] {dir}*', ['build', 'legacy/**/gen_*.py', './docs/', '']);
    assert.deepEqual(globs, ['/work/[[]odd] [{]dir}[*]/**/build', '/work/[[]odd] [{]dir}[*]/legacy/**/gen_*.py', '/work/[[]odd] [{]dir}[*]/**/docs']);
    const s = { exclude: globs } as unknown as Settings;
    assert.equal(excluded(s, '/work/[odd] {dir}*/a/build/x.py'), true);
    assert.equal(excluded(s, '/work/[odd] {dir}*/legacy/gen_1.py'), true);
    assert.equal(excluded(s, '/work/[odd] {dir}*/legacy/a/b/gen_1.py'), true);
    assert.equal(excluded(s, '/work/[odd] {dir}*/src/legacy/gen_1.py'), false);
    assert.equal(excluded(s, '/work/[odd] {dir}*/docs/x.py'), true);
    assert.equal(excluded(s, '/work/o {dir}*/build/x.py'), false);
  });

  it("the project file's problems are reported, naming the file and key", () => {
    const bad = project('[tool.py3migrate]\ntarget = "py2"\n');
    const { settings, problems } = resolveSettings({}, bad, RULES);
    assert.equal(settings.target, 'compat');
    assert.deepEqual(problems, ['/proj/pyproject.toml:2: tool.py3migrate.target: expected "compat" or "py3", got "py2"']);
  });
});
