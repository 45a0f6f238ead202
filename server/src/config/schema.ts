// The one list of py3migrate's configuration keys: the `[tool.py3migrate]` table of pyproject.toml
// (read by the CLI and the language server) and the `py3migrate.*` editor settings of package.json.
// test/unit/config/packageJsonAgreement.test.ts keeps package.json's contributes.configuration in
// agreement with this list (same keys, types, enums, defaults): add a key here first.
// Plain TypeScript: no vscode, no Node APIs.

import { DEFAULT_MAX_FILE_BYTES } from '../engine/sourceText';

export type ConfigValueType = 'string' | 'number' | 'array' | 'object';

export interface ConfigKey {
  /** The key in `[tool.py3migrate]`, kebab-case like ruff's; undefined for editor-only settings. */
  toml?: string;
  /** The setting under `py3migrate.` in package.json, camelCase; undefined for project-file-only keys. */
  setting?: string;
  type: ConfigValueType;
  /** Allowed values of a string, or of each value of an object (a table). */
  enum?: readonly string[];
  /** Element type of an array. */
  items?: 'string';
  minimum?: number;
  /** The editor setting's default (package.json's `default`); undefined: no default (e.g. select = all rules). */
  default?: unknown;
  /** One line for messages and docs. */
  description: string;
}

export const RULE_LEVELS = ['off', 'error', 'warning', 'information'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** The targets a project can be configured for (`cleanup` is a one-off CLI run: `--target cleanup`). */
export const CONFIG_TARGETS = ['compat', 'py3'] as const;
export type ConfigTarget = (typeof CONFIG_TARGETS)[number];

export const CONFIG_KEYS: readonly ConfigKey[] = [
  { toml: 'target', setting: 'target', type: 'string', enum: CONFIG_TARGETS, default: 'compat', description: 'what the fixes produce: compat (2.7 and 3) or py3' },
  { toml: 'select', type: 'array', items: 'string', description: 'only these rule ids run (all rules when absent)' },
  { toml: 'ignore', type: 'array', items: 'string', default: [], description: 'these rule ids never run' },
  { toml: 'exclude', setting: 'exclude', type: 'array', items: 'string', default: [], description: 'globs of files and folders not checked' },
  { toml: 'rules', setting: 'rules', type: 'object', enum: RULE_LEVELS, default: {}, description: "rule id = 'off' | 'error' | 'warning' | 'information'" },
  { toml: 'max-file-size', setting: 'maxFileSize', type: 'number', minimum: 0, default: DEFAULT_MAX_FILE_BYTES, description: 'files larger than this many bytes are not checked' },
  { toml: 'docs-base-url', setting: 'docs.baseUrl', type: 'string', default: '', description: "where rule documentation links point ('' = the bundled docs)" },
  { setting: 'trace.server', type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', description: 'LSP message trace (editor only)' },
];

export const TOML_KEYS: readonly string[] = CONFIG_KEYS.flatMap((k) => (k.toml ? [k.toml] : []));

/** `docs.baseUrl` -> `docs-base-url`, `maxFileSize` -> `max-file-size`: how a setting name maps to its TOML key. */
export function settingToToml(setting: string): string {
  return setting.replace(/\./g, '-').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}
