// A small argument parser: each command declares its flags, and anything else is a usage error
// (exit 2) rather than silently ignored, because a CI job with a misspelt `--selct` must not pass.

export class UsageError extends Error {}

export interface FlagSpec {
  /** Takes a value (`--flag VALUE` or `--flag=VALUE`); otherwise a boolean switch. */
  value?: boolean;
  /** May be given more than once; values accumulate. */
  repeatable?: boolean;
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[] | true>;
}

export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>, command: string): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[] | true>();
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([name, s]) => [s.short as string, name]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1));
      if (!long) throw new UsageError(`unknown option '${arg}' for '${command}' (see \`py3migrate help ${command}\`)`);
      name = long;
    }
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option '--${name}' for '${command}' (see \`py3migrate help ${command}\`)`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      flags.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '--${name}' needs a value`);
      value = argv[++i];
    }
    const previous = flags.get(name);
    if (previous !== undefined && !spec.repeatable) throw new UsageError(`option '--${name}' was given more than once`);
    flags.set(name, [...(Array.isArray(previous) ? previous : []), value]);
  }
  return { positionals, flags };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function flagValues(args: ParsedArgs, name: string): string[] {
  const v = args.flags.get(name);
  return Array.isArray(v) ? v : [];
}

export function flagSet(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${value}' for --${flag} (expected ${allowed.join(' or ')})`);
}
