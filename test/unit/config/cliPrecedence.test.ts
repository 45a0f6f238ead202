// The CLI's options on top of the project config: a flag replaces the file's value for its key.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadRules, type RuleSet } from '../../../server/src/engine';
import { UsageError, parseArgs } from '../../../server/src/cli/args';
import type { Console } from '../../../server/src/cli/console';
import { collectInputs } from '../../../server/src/cli/files';
import { FILE_FLAGS, fileOptions } from '../../../server/src/cli/options';

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-cliconfig-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function recorder(): Console & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, stdout: () => undefined, error: () => undefined, warn: (m) => void warnings.push(m), info: () => undefined };
}

const CONFIG = `[tool.py3migrate]
target = "py3"
select = ["print-statement", "long-suffix", "old-ne-operator"]
ignore = ["old-ne-operator"]
exclude = ["generated", "legacy/old_*.py"]
max-file-size = 1000

[tool.py3migrate.rules]
long-suffix = "off"
print-statement = "warning"
`;

describe('CLI: config file and flags', () => {
  let rules: RuleSet;
  let root: string;
  before(async () => {
    rules = await loadRules();
    root = tree({
      'pyproject.toml': CONFIG,
      'src/a.py': 'print "a"\n',
      'src/generated/g.py': 'print "g"\n',
      'legacy/old_x.py': 'print "x"\n',
      'legacy/new_x.py': 'print "y"\n',
      'other.toml': 'target = "compat"\n',
    });
  });
  const options = (argv: string[], out = recorder()) => fileOptions(parseArgs(argv, FILE_FLAGS, 'check'), rules, out);

  it('applies the nearest config: target, select, ignore, [rules], max-file-size', () => {
    const o = options([path.join(root, 'src')]);
    assert.equal(o.config?.file, path.join(root, 'pyproject.toml'));
    assert.equal(o.target, 'py3');
    assert.deepEqual([...o.select!], ['print-statement', 'long-suffix', 'old-ne-operator']);
    // [rules] 'off' joins ignore (fix honours ignore); the other levels are severities.
    assert.deepEqual([...o.ignore!].sort(), ['long-suffix', 'old-ne-operator']);
    assert.deepEqual([...o.severities!], [['print-statement', 'warning']]);
    assert.equal(o.maxBytes, 1000);
  });

  it('a flag replaces the config value for its key', () => {
    const o = options([root, '--target', 'compat', '--select', 'print-statement', '--ignore', 'dict-has-key', '--max-file-size', '5000']);
    assert.equal(o.target, 'compat');
    assert.deepEqual([...o.select!], ['print-statement']);
    // --ignore replaces `ignore`; [rules] has no flag, so its 'off' rules stay off.
    assert.deepEqual([...o.ignore!].sort(), ['dict-has-key', 'long-suffix']);
    assert.equal(o.maxBytes, 5000);
  });

  it('config excludes are relative to the config folder; --exclude replaces them', () => {
    const names = (argv: string[]): string[] => {
      const o = options(argv);
      return collectInputs(o.paths, o).inputs.map((i) => (i.kind === 'file' ? path.relative(root, i.fsPath).split(path.sep).join('/') : '-'));
    };
    assert.deepEqual(names([root]), ['legacy/new_x.py', 'src/a.py']);
    // From a sub-folder the globs still mean the same files.
    assert.deepEqual(names([path.join(root, 'legacy')]), ['legacy/new_x.py']);
    // A named file is excluded too, as with --exclude.
    assert.deepEqual(names([path.join(root, 'src', 'generated', 'g.py')]), []);
    assert.deepEqual(names([root, '--exclude', 'new_*.py']), ['legacy/old_x.py', 'src/a.py', 'src/generated/g.py']);
  });

  it('--isolated ignores config files; --config FILE uses that one', () => {
    const isolated = options([root, '--isolated']);
    assert.equal(isolated.config, undefined);
    assert.equal(isolated.target, 'compat');
    assert.equal(isolated.select, undefined);
    const other = options([root, '--config', path.join(root, 'other.toml')]);
    assert.equal(other.config?.file, path.join(root, 'other.toml'));
    assert.equal(other.target, 'compat');
    assert.equal(other.select, undefined);
    assert.throws(() => options([root, '--config', path.join(root, 'other.toml'), '--isolated']), (e: Error) => e instanceof UsageError && /cannot be used together/.test(e.message));
  });

  it('--config with a missing file or a pyproject.toml without the table is a usage error', () => {
    assert.throws(() => options([root, '--config', path.join(root, 'nope.toml')]), (e: Error) => e instanceof UsageError && /nope\.toml: cannot read the config file: no such file/.test(e.message));
    const plain = tree({ 'pyproject.toml': '[tool.black]\n' });
    assert.throws(() => options([plain, '--config', path.join(plain, 'pyproject.toml')]), /has no \[tool\.py3migrate\] table/);
  });

  it('config warnings go to the console; config errors stop the command naming file, line and key', () => {
    const dir = tree({ 'pyproject.toml': '[tool.py3migrate]\ntarget = "py3"\ntargte = "x"\n', 'a.py': '' });
    const out = recorder();
    assert.equal(options([dir], out).target, 'py3');
    assert.equal(out.warnings.length, 1);
    assert.match(out.warnings[0], /pyproject\.toml:3: tool\.py3migrate\.targte: unknown key \(did you mean 'target'\?\)/);

    const bad = tree({ 'pyproject.toml': '[tool.py3migrate]\ntarget = "py4"\n', 'a.py': '' });
    assert.throws(
      () => options([bad]),
      (e: Error) => e instanceof UsageError && e.message.includes(`${path.join(bad, 'pyproject.toml')}:2: tool.py3migrate.target: expected "compat" or "py3", got "py4"`) && /--isolated/.test(e.message),
    );
    // --isolated gets past a broken config.
    assert.equal(options([bad, '--isolated']).target, 'compat');
  });

  it('the config is looked up from the common folder of all paths', () => {
    const o = options([path.join(root, 'src', 'a.py'), path.join(root, 'legacy')]);
    assert.equal(o.config?.file, path.join(root, 'pyproject.toml'));
  });

  it('options stay structured-cloneable (check posts them to worker threads)', () => {
    const o = options([root]);
    const { paths: _p, exclude: _e, ...settings } = o;
    assert.doesNotThrow(() => structuredClone(settings));
    assert.equal(typeof o.excludePath, 'function');
  });
});
