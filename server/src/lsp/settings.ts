// The `py3migrate.*` settings as the server uses them, validated. Settings are read per
// document (a folder may configure its own target) and never kept in globals: the server
// caches them per document and drops the cache on didChangeConfiguration.
// A bad value is reported in words and replaced by its default; it never stops analysis.

import { DEFAULT_MAX_FILE_BYTES, SEVERITIES, type Severity, type Target } from '../engine';
import { formatProblem, isUrl, severitiesOf, type LoadedConfig, type RuleInfo } from '../config/projectConfig';
import { CONFIG_KEYS } from '../config/schema';

export interface Settings {
  /** What the offered fixes produce. */
  target: Target;
  /** Rule id -> severity or 'off'; rules not listed keep their own severity. */
  severities: ReadonlyMap<string, Severity | 'off'>;
  /**
   * Globs (relative to the workspace folder, or absolute) of files that get no diagnostics.
   * A project config's excludes arrive here as absolute globs (see projectExcludeGlobs).
   */
  exclude: readonly string[];
  /** Where each rule's page lives: `<baseUrl><rule-id>.md`; the bundled docs when undefined. */
  docsBaseUrl: string | undefined;
  /** Documents larger than this many bytes (UTF-8) are not analysed. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  target: 'compat',
  severities: new Map(),
  exclude: [],
  docsBaseUrl: undefined,
  maxFileSize: DEFAULT_MAX_FILE_BYTES,
};

const USER_TARGETS: readonly Target[] = ['compat', 'py3', 'cleanup'];

export interface ParsedSettings {
  settings: Settings;
  /** One sentence per bad value, naming the setting and what was used instead. */
  problems: string[];
}

/**
 * `raw` is what workspace/configuration returned for the section 'py3migrate': VS Code nests
 * dotted keys (`{docs: {baseUrl}}`), other clients may send them flat (`{'docs.baseUrl': ...}`).
 */
export function parseSettings(raw: unknown, isKnownRule: (id: string) => boolean): ParsedSettings {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: [`py3migrate settings must be an object, got ${describe(raw)}; using the defaults`] };
  }
  const obj = raw as Record<string, unknown>;
  const get = (dotted: string): unknown => {
    if (dotted in obj) return obj[dotted];
    let value: unknown = obj;
    for (const part of dotted.split('.')) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };

  let target = DEFAULT_SETTINGS.target;
  const rawTarget = get('target');
  if (rawTarget !== undefined && rawTarget !== null) {
    if (typeof rawTarget === 'string' && (USER_TARGETS as readonly string[]).includes(rawTarget)) target = rawTarget as Target;
    else problems.push(`py3migrate.target must be 'compat' or 'py3', got ${describe(rawTarget)}; using '${DEFAULT_SETTINGS.target}'`);
  }

  const severities = new Map<string, Severity | 'off'>();
  const rawRules = get('rules');
  if (rawRules !== undefined && rawRules !== null) {
    if (typeof rawRules !== 'object' || Array.isArray(rawRules)) {
      problems.push(`py3migrate.rules must be an object of rule id -> 'off' | 'error' | 'warning' | 'information', got ${describe(rawRules)}; ignoring it`);
    } else {
      for (const [id, value] of Object.entries(rawRules as Record<string, unknown>)) {
        if (!isKnownRule(id)) {
          problems.push(`py3migrate.rules: there is no rule '${id}'; ignoring it`);
        } else if (value === 'off' || (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))) {
          severities.set(id, value as Severity | 'off');
        } else {
          problems.push(`py3migrate.rules['${id}'] must be 'off', 'error', 'warning' or 'information', got ${describe(value)}; using the rule's default`);
        }
      }
    }
  }

  let exclude: string[] = [];
  const rawExclude = get('exclude');
  if (rawExclude !== undefined && rawExclude !== null) {
    if (Array.isArray(rawExclude) && rawExclude.every((g) => typeof g === 'string')) exclude = rawExclude as string[];
    else problems.push(`py3migrate.exclude must be an array of glob strings, got ${describe(rawExclude)}; excluding nothing`);
  }

  let docsBaseUrl: string | undefined;
  const rawBase = get('docs.baseUrl');
  if (rawBase !== undefined && rawBase !== null && rawBase !== '') {
    if (typeof rawBase === 'string' && isUrl(rawBase)) docsBaseUrl = rawBase.endsWith('/') ? rawBase : rawBase + '/';
    else problems.push(`py3migrate.docs.baseUrl must be an absolute URL such as 'https://wiki.example.com/py3/rules/', got ${describe(rawBase)}; linking to the bundled docs`);
  }

  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  const rawMax = get('maxFileSize');
  if (rawMax !== undefined && rawMax !== null) {
    const bytes = parseSize(rawMax);
    if (bytes !== undefined) maxFileSize = bytes;
    else problems.push(`py3migrate.maxFileSize must be a number of bytes, 0 or more (or a size such as '4MB'), got ${describe(rawMax)}; using 2 MB`);
  }

  return { settings: { target, severities, exclude, docsBaseUrl, maxFileSize }, problems };
}

function parseSize(value: unknown): number | undefined {
  // 0 is allowed (the settings schema's minimum): it skips every non-empty file.
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Number(match[1]) * factor;
}


function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? json.slice(0, 57) + '...' : json;
}

/**
 * Where the client lists the settings the user set (any scope: user, workspace, folder, language)
 * in its workspace/configuration answer: client/src/configuration.ts adds it from
 * WorkspaceConfiguration.inspect(). Needed because VS Code answers with defaults merged in, so the
 * server cannot otherwise tell "target is compat because the user said so" from "nobody set it".
 */
export const USER_SET_KEY = '$userSet';

/**
 * The settings for one document: the project config ([tool.py3migrate] of the nearest
 * pyproject.toml) over the defaults, and the editor settings over that where the user set them.
 *
 * Which editor settings the user set: the client's USER_SET_KEY list when it sends one (the
 * py3migrate extension always does). Other clients (which usually send only what the user
 * configured) fall back to "present and different from package.json's default"; there, setting a
 * value to its default cannot override the project file. The alternative for all clients, treating
 * default-valued settings as unset, was rejected as the only rule: a user could then never choose
 * `target: compat` over a project's `py3`.
 *
 * Per-rule severities merge per rule: the editor's `py3migrate.rules` entries override the
 * project's for the rules they name; the project's select / ignore / [rules] still apply to the rest.
 */
export function resolveSettings(raw: unknown, project: LoadedConfig | undefined, rules: readonly RuleInfo[]): ParsedSettings {
  const known = new Set(rules.map((r) => r.id));
  const editor = parseSettings(raw, (id) => known.has(id));
  if (!project) return editor;
  const userSet = userSetKeys(raw);
  const p = project.config;
  const e = editor.settings;
  const severities = severitiesOf(p, rules);
  if (userSet.has('rules')) for (const [id, level] of e.severities) severities.set(id, level);
  const settings: Settings = {
    target: userSet.has('target') || !p.target ? e.target : p.target,
    severities,
    exclude: userSet.has('exclude') || !p.exclude ? e.exclude : projectExcludeGlobs(project.dir, p.exclude),
    docsBaseUrl: userSet.has('docs.baseUrl') || p.docsBaseUrl === undefined ? e.docsBaseUrl : p.docsBaseUrl,
    maxFileSize: userSet.has('maxFileSize') || p.maxFileSize === undefined ? e.maxFileSize : p.maxFileSize,
  };
  return { settings, problems: [...project.problems.map(formatProblem), ...editor.problems] };
}

/**
 * The project's exclude globs (relative to the pyproject.toml's folder, CLI rules: without '/' a
 * name anywhere, with '/' a path from that folder) as absolute globs for py3migrate.exclude's
 * matcher (lsp/glob.ts), which every consumer of Settings (diagnostics, the workspace scan) already
 * applies. The folder's glob characters are put in classes (`[[]`, `[*]`...) so they match literally.
 */
export function projectExcludeGlobs(dir: string, globs: readonly string[]): string[] {
  const base = dir.replace(/\\/g, '/').replace(/\/+$/, '').replace(/[[*?{]/g, (c) => `[${c}]`);
  return globs
    .map((g) => g.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter((g) => g !== '')
    .map((g) => (g.includes('/') ? `${base}/${g.replace(/^\/+/, '')}` : `${base}/**/${g}`));
}

function userSetKeys(raw: unknown): Set<string> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return new Set();
  const obj = raw as Record<string, unknown>;
  const listed = obj[USER_SET_KEY];
  if (Array.isArray(listed)) return new Set(listed.filter((k): k is string => typeof k === 'string'));
  const set = new Set<string>();
  for (const key of CONFIG_KEYS) {
    if (!key.setting) continue;
    let value: unknown = key.setting in obj ? obj[key.setting] : obj;
    if (!(key.setting in obj)) {
      for (const part of key.setting.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    if (value !== undefined && value !== null && JSON.stringify(value) !== JSON.stringify(key.default)) set.add(key.setting);
  }
  return set;
}
