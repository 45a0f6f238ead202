// Flags shared by `check` and `fix`, turned into engine options once.

import { DEFAULT_MAX_FILE_BYTES, type RuleSet, type Target } from '../engine';
import { UsageError, flagSet, flagValue, flagValues, oneOf, type FlagSpec, type ParsedArgs } from './args';

export const CLI_TARGETS = ['py3', 'compat', 'cleanup'] as const;

export const FILE_FLAGS: Readonly<Record<string, FlagSpec>> = {
  select: { value: true, repeatable: true },
  ignore: { value: true, repeatable: true },
  target: { value: true },
  exclude: { value: true, repeatable: true },
  'no-default-excludes': {},
  'max-file-size': { value: true },
  'stdin-filename': { value: true },
  help: { short: 'h' },
};

export interface FileOptions {
  paths: string[];
  target: Target;
  select?: ReadonlySet<string>;
  ignore?: ReadonlySet<string>;
  exclude: string[];
  defaultExcludes: boolean;
  maxBytes: number;
  stdinName: string;
}

export function fileOptions(args: ParsedArgs, rules: RuleSet): FileOptions {
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError("standard input ('-') can be given only once");
  const maxRaw = flagValue(args, 'max-file-size');
  let maxBytes = DEFAULT_MAX_FILE_BYTES;
  if (maxRaw !== undefined) {
    if (!/^\d+$/.test(maxRaw) || Number(maxRaw) <= 0) throw new UsageError(`invalid value '${maxRaw}' for --max-file-size (expected a number of bytes)`);
    maxBytes = Number(maxRaw);
  }
  return {
    paths,
    target: oneOf(flagValue(args, 'target'), CLI_TARGETS, 'compat', 'target'),
    select: ruleIds(args, 'select', rules),
    ignore: ruleIds(args, 'ignore', rules),
    exclude: flagValues(args, 'exclude'),
    defaultExcludes: !flagSet(args, 'no-default-excludes'),
    maxBytes,
    stdinName: flagValue(args, 'stdin-filename') ?? '-',
  };
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
