// Flags shared by `check`, `fix` and `report`, turned into engine options once, on top of the
// project configuration ([tool.py3migrate] in the nearest pyproject.toml, see server/src/config).
// Precedence, as in ruff: a command-line flag replaces the config file's value for that key
// (--select replaces `select`, --exclude replaces `exclude`, ...); a key no flag sets comes from
// the config file; what neither sets has its default. [tool.py3migrate.rules] has no flag: its
// 'off' rules join the ignored ones, its severities apply to what is reported.

import * as path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, type RuleSet, type Severity, type Target } from '../engine';
import { excludedByConfig, findProjectConfig, formatProblem, loadConfigFile, PYPROJECT, type LoadedConfig } from '../config/projectConfig';
import { UsageError, flagSet, flagValue, flagValues, oneOf, type FlagSpec, type ParsedArgs } from './args';
import { processConsole, type Console } from './console';
import { globMatcher } from './glob';

export const CLI_TARGETS = ['py3', 'compat', 'cleanup'] as const;

export const FILE_FLAGS: Readonly<Record<string, FlagSpec>> = {
  select: { value: true, repeatable: true },
  ignore: { value: true, repeatable: true },
  target: { value: true },
  exclude: { value: true, repeatable: true },
  'no-default-excludes': {},
  'max-file-size': { value: true },
  'stdin-filename': { value: true },
  config: { value: true },
  isolated: {},
  help: { short: 'h' },
};

export interface FileOptions {
  paths: string[];
  target: Target;
  select?: ReadonlySet<string>;
  ignore?: ReadonlySet<string>;
  /** Severities from [tool.py3migrate.rules] ('off' rules are in `ignore` instead). */
  severities?: ReadonlyMap<string, Severity>;
  /** --exclude globs (relative to the folder given on the command line). */
  exclude: string[];
  /**
   * The config file's exclude globs, relative to its folder, as a test on absolute paths
   * (files.ts calls it for every entry it walks and every file named); undefined when --exclude
   * was given or no config sets `exclude`.
   */
  excludePath?: (absolutePath: string) => boolean;
  defaultExcludes: boolean;
  maxBytes: number;
  stdinName: string;
  /** The config file in force, if any. */
  config?: LoadedConfig;
  /** docs-base-url from the config file (for links in output formats that have them). */
  docsBaseUrl?: string;
}

/**
 * `out` receives the config file's warnings (errors stop the command: a CI job must not pass
 * on a config it misread); the process's stderr when the caller passes none.
 */
export function fileOptions(args: ParsedArgs, rules: RuleSet, out: Console = processConsole()): FileOptions {
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError("standard input ('-') can be given only once");
  const stdinName = flagValue(args, 'stdin-filename') ?? '-';
  const loaded = projectConfig(args, paths, stdinName, rules);
  if (loaded) {
    for (const p of loaded.problems.filter((q) => q.level === 'warning')) out.warn(formatProblem(p));
    const errors = loaded.problems.filter((q) => q.level === 'error');
    if (errors.length > 0) {
      throw new UsageError(`invalid configuration:\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}\n(fix the file, or run with --isolated to ignore config files)`);
    }
  }
  const config = loaded?.config ?? {};

  const maxRaw = flagValue(args, 'max-file-size');
  let maxBytes = config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  if (maxRaw !== undefined) {
    if (!/^\d+$/.test(maxRaw) || Number(maxRaw) <= 0) throw new UsageError(`invalid value '${maxRaw}' for --max-file-size (expected a number of bytes)`);
    maxBytes = Number(maxRaw);
  }

  const off = [...(config.rules ?? [])].filter(([, level]) => level === 'off').map(([id]) => id);
  const severities = new Map([...(config.rules ?? [])].filter((e): e is [string, Severity] => e[1] !== 'off'));
  const flagSelect = ruleIds(args, 'select', rules);
  const flagIgnore = ruleIds(args, 'ignore', rules);
  const select = flagSelect ?? (config.select ? new Set(config.select) : undefined);
  const ignoreList = [...(flagIgnore ?? config.ignore ?? []), ...off];

  const flagExclude = flagValues(args, 'exclude');
  const configExclude = flagExclude.length === 0 && loaded && config.exclude && config.exclude.length > 0 ? config.exclude : undefined;
  const options: FileOptions = {
    paths,
    target: oneOf(flagValue(args, 'target'), CLI_TARGETS, config.target ?? 'compat', 'target'),
    select,
    ignore: ignoreList.length > 0 ? new Set(ignoreList) : undefined,
    severities: severities.size > 0 ? severities : undefined,
    exclude: flagExclude,
    defaultExcludes: !flagSet(args, 'no-default-excludes'),
    maxBytes,
    stdinName,
    docsBaseUrl: config.docsBaseUrl,
  };
  // Not enumerable: callers spread the options into engine calls and post them to worker
  // threads (structured clone), which would throw on a function; only files.ts reads these.
  Object.defineProperty(options, 'excludePath', { value: configExclude && loaded ? (p: string) => excludedByConfig(loaded, configExclude, p, globMatcher) : undefined, enumerable: false });
  Object.defineProperty(options, 'config', { value: loaded, enumerable: false });
  return options;
}

/**
 * --config FILE, or the nearest pyproject.toml with a [tool.py3migrate] table above the paths
 * (their common folder, so one run uses one config), or none with --isolated.
 */
function projectConfig(args: ParsedArgs, paths: readonly string[], stdinName: string, rules: RuleSet): LoadedConfig | undefined {
  const ruleIds = rules.rules.map((r) => r.id);
  const explicit = flagValue(args, 'config');
  if (flagSet(args, 'isolated')) {
    if (explicit !== undefined) throw new UsageError('--config and --isolated cannot be used together (--isolated ignores every config file)');
    return undefined;
  }
  if (explicit !== undefined) {
    const loaded = loadConfigFile(explicit, { ruleIds, standalone: path.basename(explicit) !== PYPROJECT });
    if (!loaded.hasTable && loaded.problems.length === 0) {
      throw new UsageError(`--config ${explicit}: the file has no [tool.py3migrate] table`);
    }
    return loaded;
  }
  const starts = paths.map((p) => (p === '-' ? (stdinName !== '-' ? stdinName : '.') : p)).map((p) => path.resolve(p));
  return findProjectConfig(commonFolder(starts), { ruleIds });
}

function commonFolder(paths: readonly string[]): string {
  let common = paths[0];
  for (const p of paths.slice(1)) {
    while (common !== p && !p.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

function ruleIds(args: ParsedArgs, flag: string, rules: RuleSet): ReadonlySet<string> | undefined {
  const values = flagValues(args, flag);
  if (values.length === 0) return undefined;
  const ids = values.flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  const unknown = ids.filter((id) => !rules.get(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''} in --${flag}: ${unknown.join(', ')} (see \`py3migrate rules\`)`);
  }
  return new Set(ids);
}
