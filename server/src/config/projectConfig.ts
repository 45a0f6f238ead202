// The project configuration: the `[tool.py3migrate]` table of the nearest pyproject.toml, found by
// walking up from a file or folder (as ruff does), parsed and validated. The CLI and the language
// server both read it through this module, so one file means the same thing in both.
// A problem never throws: it comes back as a message naming the file, the line when it can be
// found, the key and what is wrong; a bad value is dropped (the default applies instead).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEVERITIES, type Severity } from '../engine/types';
import { smolToml } from './toml';
import { CONFIG_KEYS, CONFIG_TARGETS, RULE_LEVELS, TOML_KEYS, type ConfigTarget, type RuleLevel } from './schema';


export const PYPROJECT = 'pyproject.toml';

/** The keys a config file set (absent keys are unset, so a default or another source applies). */
export interface ProjectConfig {
  target?: ConfigTarget;
  select?: string[];
  ignore?: string[];
  exclude?: string[];
  rules?: ReadonlyMap<string, RuleLevel>;
  maxFileSize?: number;
  docsBaseUrl?: string;
}

export interface ConfigProblem {
  /** error: a bad value (dropped; the CLI stops); warning: something ignored, such as an unknown key. */
  level: 'error' | 'warning';
  file: string;
  /** 1-based, when the key's line could be found. */
  line?: number;
  /** Dotted, as written in the file: `tool.py3migrate.target`, `tool.py3migrate.rules.long-suffix`. */
  key?: string;
  message: string;
}

export interface LoadedConfig {
  /** The config file, absolute. */
  file: string;
  /** Its folder: relative exclude globs are relative to it. */
  dir: string;
  config: ProjectConfig;
  problems: ConfigProblem[];
}

export interface ParseOptions {
  /** Every rule id, for validating rule ids and suggesting the nearest one. */
  ruleIds: readonly string[];
  /**
   * A file named with --config that is not a pyproject.toml: its top level is the config table
   * (like ruff.toml), unless it has a [tool.py3migrate] table.
   */
  standalone?: boolean;
}

export interface ParsedConfigFile {
  /** Whether the file has a py3migrate table at all (a pyproject.toml without one is not a py3migrate config). */
  hasTable: boolean;
  config: ProjectConfig;
  problems: ConfigProblem[];
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}

/** Parses and validates one config file's text. `file` is only used in messages. */
export function parseConfigText(text: string, file: string, options: ParseOptions): ParsedConfigFile {
  const problems: ConfigProblem[] = [];
  let doc: Record<string, unknown>;
  try {
    doc = smolToml.parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof smolToml.TomlError) {
      // smol-toml's message carries a code excerpt after the first line; the position says enough.
      const first = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      problems.push({ level: 'error', file, line: error.line, message: `not valid TOML: ${first} (line ${error.line}, column ${error.column})` });
    } else {
      problems.push({ level: 'error', file, message: `could not be parsed: ${(error as Error).message}` });
    }
    return { hasTable: mentionsTable(text), config: {}, problems };
  }

  const tool = doc.tool;
  let table: unknown = isTable(tool) ? tool.py3migrate : undefined;
  let prefix = 'tool.py3migrate';
  if (table === undefined && options.standalone) {
    table = doc;
    prefix = '';
  }
  if (table === undefined) return { hasTable: false, config: {}, problems };
  const keyName = (...parts: string[]): string => [prefix, ...parts].filter((p) => p !== '').join('.');
  const lineOf = (parts: string[]): number | undefined => findKeyLine(text, prefix ? prefix.split('.') : [], parts);
  const report = (level: ConfigProblem['level'], parts: string[], message: string): void => {
    problems.push({ level, file, line: lineOf(parts), key: keyName(...parts), message });
  };
  if (!isTable(table)) {
    problems.push({ level: 'error', file, key: prefix, message: `must be a table ([${prefix}]), got ${describe(table)}` });
    return { hasTable: true, config: {}, problems };
  }

  const config: ProjectConfig = {};
  const ruleIdSet = new Set(options.ruleIds);
  for (const [key, value] of Object.entries(table)) {
    switch (key) {
      case 'target':
        if (typeof value === 'string' && (CONFIG_TARGETS as readonly string[]).includes(value)) config.target = value as ConfigTarget;
        else report('error', [key], `expected ${alternatives(CONFIG_TARGETS)}, got ${describe(value)}${value === 'cleanup' ? " (cleanup is a one-off run: py3migrate fix --target cleanup)" : ''}`);
        break;
      case 'select':
      case 'ignore': {
        const ids = stringArray(value);
        if (!ids) {
          report('error', [key], `expected an array of rule ids such as ["print-statement"], got ${describe(value)}`);
          break;
        }
        const known = ids.filter((id) => ruleIdSet.has(id));
        for (const id of ids.filter((id) => !ruleIdSet.has(id))) {
          report('error', [key], `there is no rule '${id}'${suggestion(id, options.ruleIds)}; \`py3migrate rules\` lists them`);
        }
        config[key] = known;
        break;
      }
      case 'exclude': {
        const globs = stringArray(value);
        if (globs) config.exclude = globs;
        else report('error', [key], `expected an array of glob strings such as ["build", "legacy/**/gen_*.py"], got ${describe(value)}`);
        break;
      }
      case 'rules': {
        if (!isTable(value)) {
          report('error', [key], `expected a table ([${keyName('rules')}]) of rule id = ${alternatives(RULE_LEVELS)}, got ${describe(value)}`);
          break;
        }
        const rules = new Map<string, RuleLevel>();
        for (const [id, level] of Object.entries(value)) {
          if (!ruleIdSet.has(id)) {
            report('warning', [key, id], `there is no rule '${id}'${suggestion(id, options.ruleIds)}; ignoring it`);
          } else if (typeof level === 'string' && (RULE_LEVELS as readonly string[]).includes(level)) {
            rules.set(id, level as RuleLevel);
          } else {
            report('error', [key, id], `expected ${alternatives(RULE_LEVELS)}, got ${describe(level)}`);
          }
        }
        config.rules = rules;
        break;
      }
      case 'max-file-size': {
        const bytes = parseSize(value);
        if (bytes !== undefined) config.maxFileSize = bytes;
        else report('error', [key], `expected a number of bytes, 0 or more (or a size such as "4MB"), got ${describe(value)}`);
        break;
      }
      case 'docs-base-url':
        if (value === '') break;
        if (typeof value === 'string' && isUrl(value)) config.docsBaseUrl = value.endsWith('/') ? value : value + '/';
        else report('error', [key], `expected an absolute URL such as "https://wiki.example.com/py3/rules/", got ${describe(value)}`);
        break;
      default:
        report('warning', [key], `unknown key${suggestion(key, TOML_KEYS)}; ignoring it (keys: ${TOML_KEYS.join(', ')})`);
    }
  }
  return { hasTable: true, config, problems };
}

/** Reads and parses a config file; an unreadable file is one error problem. */
export function loadConfigFile(file: string, options: ParseOptions): LoadedConfig & { hasTable: boolean } {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    return { file: absolute, dir: path.dirname(absolute), config: {}, hasTable: false, problems: [{ level: 'error', file, message: `cannot read the config file: ${why}` }] };
  }
  const parsed = parseConfigText(text.replace(/^\uFEFF/, ''), file, options);
  return { file: absolute, dir: path.dirname(absolute), ...parsed };
}

/**
 * The nearest pyproject.toml with a [tool.py3migrate] table, from `start` (a file or a folder)
 * up to the filesystem root. A pyproject.toml without the table is passed over, as ruff does,
 * so a sub-package's own pyproject.toml does not hide the project's config. One that does not
 * parse is taken when its text mentions the table, so its syntax error is reported, not skipped.
 */
export function findProjectConfig(start: string, options: ParseOptions): LoadedConfig | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    // A path that does not exist (yet): look from where it would be.
    dir = path.dirname(dir);
  }
  for (;;) {
    const candidate = path.join(dir, PYPROJECT);
    let text: string | undefined;
    try {
      text = fs.readFileSync(candidate, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined && mentionsTable(text)) {
      const parsed = parseConfigText(text.replace(/^\uFEFF/, ''), candidate, options);
      if (parsed.hasTable) return { file: candidate, dir, config: parsed.config, problems: parsed.problems };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Whether the config's exclude globs exclude `fsPath`. Globs follow the CLI's --exclude rules
 * (server/src/cli/glob.ts): without '/', a file or folder name anywhere; with '/', a path
 * relative to the config file's folder. A folder that matches excludes everything under it.
 */
export function excludedByConfig(loaded: Pick<LoadedConfig, 'dir'>, globs: readonly string[], fsPath: string, matcher: (globs: readonly string[]) => { matches(name: string, relativePath: string): boolean }): boolean {
  if (globs.length === 0) return false;
  const relative = path.relative(loaded.dir, path.resolve(fsPath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const parts = relative.split(path.sep);
  const m = matcher(globs);
  for (let i = 1; i <= parts.length; i++) {
    if (m.matches(parts[i - 1], parts.slice(0, i).join('/'))) return true;
  }
  return false;
}

/** A rule as the severity computation needs it. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  defaultEnabled?: boolean;
}

/**
 * Select, ignore and [rules] as one rule id -> severity | 'off' map, for front ends that take
 * only severities (the language server's incremental analysis). Same precedence as the engine's
 * (analyze.ts severityOf): outside select or in ignore is off whatever [rules] says; a rule that is
 * off by default runs when select names it.
 */
export function severitiesOf(config: ProjectConfig, rules: readonly RuleInfo[]): Map<string, Severity | 'off'> {
  const out = new Map<string, Severity | 'off'>();
  for (const [id, level] of config.rules ?? []) out.set(id, level);
  const select = config.select ? new Set(config.select) : undefined;
  const ignore = new Set(config.ignore ?? []);
  for (const rule of rules) {
    if ((select && !select.has(rule.id)) || ignore.has(rule.id)) out.set(rule.id, 'off');
    else if (select && rule.defaultEnabled === false && !out.has(rule.id)) out.set(rule.id, rule.severity);
  }
  return out;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Bytes as a number, or a string such as '4MB' / '512k'; 0 or more. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  if (typeof value === 'bigint') return value >= 0n ? Number(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|kib|mb|m|mib|gb|g|gib)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

/** " (did you mean 'x'?)" for the nearest candidate, or ''. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const best = nearest(word, candidates);
  return best ? ` (did you mean '${best}'?)` : '';
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_.\s]/g, '');
  const exact = candidates.find((c) => norm(c) === norm(word));
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function mentionsTable(text: string): boolean {
  return /py3migrate/.test(text);
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** Whether a setting is an absolute URL (the docs base URL must be one). */
export function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function alternatives(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export function describe(value: unknown): string {
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  if (typeof value === 'bigint') return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? json.slice(0, 57) + '...' : json;
}

/**
 * The 1-based line where a key is written, found in the text (smol-toml gives no positions):
 * `a = ` under `[table]`, `b = ` under `[table.a]`, `a.b = ` under `[table]`, or the line of `a`
 * when b sits in an inline table. Top-level keys (a standalone file) are those before any header.
 */
function findKeyLine(text: string, table: readonly string[], parts: readonly string[]): number | undefined {
  const lines = text.split(/\r?\n/);
  for (let k = parts.length - 1; k >= 0; k--) {
    const line = findInTable(lines, [...table, ...parts.slice(0, k)], parts.slice(k));
    if (line) return line;
  }
  return parts.length > 1 ? findInTable(lines, table, [parts[0]]) : undefined;
}

function findInTable(lines: readonly string[], head: readonly string[], key: readonly string[]): number | undefined {
  const name = (k: string): string => `(?:${escape(k)}|"${escape(k)}"|'${escape(k)}')`;
  const dotted = (names: readonly string[]): string => names.map(name).join('\\s*\\.\\s*');
  const header = new RegExp(`^\\s*\\[\\s*${dotted(head)}\\s*\\]`);
  const assignment = new RegExp(`^\\s*${dotted(key)}\\s*=`);
  let inTable = head.length === 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*\[/.test(lines[i])) {
      inTable = head.length > 0 && header.test(lines[i]);
      continue;
    }
    if (inTable && assignment.test(lines[i])) return i + 1;
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The editor setting name for a TOML key (for messages that compare the two). */
export function settingFor(tomlKey: string): string | undefined {
  return CONFIG_KEYS.find((k) => k.toml === tomlKey)?.setting;
}
