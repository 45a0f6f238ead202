// Reads the dependencies a project declares, from each place Python projects declare them, with the
// offsets of each name so the editor can underline it. Nothing here runs the project's code:
// setup.py is read as text (the `install_requires=[...]` list of string literals, or the list a
// name assigned at top level), as pip-tools and Dependabot do.

import * as path from 'node:path';
import { smolToml } from '../config/toml';


export type RequirementsFileKind = 'requirements.txt' | 'setup.py' | 'setup.cfg' | 'Pipfile' | 'pyproject.toml';

export interface DeclaredRequirement {
  name: string;
  /** Offsets of the name in the file's text. */
  start: number;
  end: number;
  /** The version part as written: `>=1.4,<2`, Poetry's `^1.4`, or '' for any version. */
  specifier: string;
  /** The PEP 508 environment marker, e.g. `python_version < "3"`, or ''. */
  marker: string;
}

export interface ParsedRequirementsFile {
  requirements: DeclaredRequirement[];
  /** `-r other.txt` / `-c constraints.txt` includes, as written (relative to the file's folder). */
  includes: { target: string; start: number; end: number }[];
  /** Problems reading the file (bad TOML...); the requirements found so far are still returned. */
  problems: string[];
}

/** Which kind of dependency file a path is, by its name; undefined for any other file. */
export function requirementsFileKind(filePath: string): RequirementsFileKind | undefined {
  const base = path.basename(filePath);
  if (/^requirements.*\.(txt|in)$/i.test(base) || /\.(txt|in)$/i.test(base) && /(^|[\\/])requirements[\\/]/i.test(filePath)) return 'requirements.txt';
  if (base === 'setup.py') return 'setup.py';
  if (base === 'setup.cfg') return 'setup.cfg';
  if (base === 'Pipfile') return 'Pipfile';
  if (base === 'pyproject.toml') return 'pyproject.toml';
  return undefined;
}

export function parseRequirementsFile(kind: RequirementsFileKind, text: string): ParsedRequirementsFile {
  switch (kind) {
    case 'requirements.txt':
      return parseRequirementsTxt(text);
    case 'setup.py':
      return { requirements: parseSetupPy(text), includes: [], problems: [] };
    case 'setup.cfg':
      return { requirements: parseSetupCfg(text), includes: [], problems: [] };
    case 'Pipfile':
      return parsePipfile(text);
    case 'pyproject.toml':
      return parsePyproject(text);
  }
}

/** One PEP 508 requirement string starting at `offset` in the file (`name[extra]>=1.0; marker`). */
export function parseRequirementString(text: string, offset: number): DeclaredRequirement | undefined {
  const match = /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(\(?[^;@]*?\)?)\s*(?:;\s*(.*?))?\s*$/.exec(text);
  if (!match) return undefined;
  const start = offset + match[1]!.length;
  const name = match[2]!;
  const specifier = (match[4] ?? '').replace(/^\((.*)\)$/, '$1').trim();
  return { name, start, end: start + name.length, specifier, marker: (match[5] ?? '').trim() };
}

function parseRequirementsTxt(text: string): ParsedRequirementsFile {
  const result: ParsedRequirementsFile = { requirements: [], includes: [], problems: [] };
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const lineStart = offset;
    offset += line.length + 1;
    // A trailing backslash continues the requirement on the next line.
    while (/\\\r?$/.test(line) && i + 1 < lines.length) {
      line = line.replace(/\\\r?$/, ' ') + lines[++i]!;
      offset += lines[i]!.length + 1;
    }
    // `#` starts a comment only at the line start or after whitespace (URLs carry `#egg=`).
    const content = line.replace(/(^|\s)#.*$/, '').replace(/\r$/, '');
    if (content.trim() === '') continue;
    const include = /^(\s*(?:-r|--requirement|-c|--constraint)(?:\s+|=))(\S+)/.exec(content);
    if (include) {
      const start = lineStart + include[1]!.length;
      result.includes.push({ target: include[2]!, start, end: start + include[2]!.length });
      continue;
    }
    // Other options (-e, --index-url, -f) and direct URLs or paths name no PyPI project we can judge.
    if (/^\s*-/.test(content) || /^\s*[./]/.test(content) || /:\/\//.test(content.split(';')[0]!)) continue;
    // pip options may follow a requirement (`pkg==1.0 --hash=sha256:...`).
    const requirement = parseRequirementString(content.replace(/\s--?[a-z][\w-]*(=\S*)?(\s|$).*$/, ''), lineStart);
    if (requirement) result.requirements.push(requirement);
  }
  return result;
}

/** String literals in a Python list starting at `open` (the `[`), with their offsets. */
function stringsInList(text: string, open: number): { value: string; start: number }[] {
  const strings: { value: string; start: number }[] = [];
  let depth = 0;
  const literal = /(["'])((?:\\.|(?!\1)[^\\\n])*)\1|[[\]]|#[^\n]*/g;
  literal.lastIndex = open;
  for (let m = literal.exec(text); m; m = literal.exec(text)) {
    if (m[0] === '[') depth++;
    else if (m[0] === ']') {
      if (--depth === 0) break;
    } else if (m[1]) strings.push({ value: m[2]!, start: m.index + 1 });
  }
  return strings;
}

function parseSetupPy(text: string): DeclaredRequirement[] {
  const requirements: DeclaredRequirement[] = [];
  const keyword = /\binstall_requires\s*=\s*(\[|([A-Za-z_]\w*))/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    let open = m[1] === '[' ? m.index + m[0].length - 1 : -1;
    if (m[2]) {
      // install_requires=REQUIRES: the list assigned to that name at the start of a line.
      const assignment = new RegExp(`^${m[2]}\\s*=\\s*\\[`, 'm').exec(text);
      open = assignment ? assignment.index + assignment[0].length - 1 : -1;
    }
    if (open < 0) continue;
    for (const { value, start } of stringsInList(text, open)) {
      const requirement = parseRequirementString(value, start);
      if (requirement) requirements.push(requirement);
    }
  }
  return requirements;
}

function parseSetupCfg(text: string): DeclaredRequirement[] {
  const requirements: DeclaredRequirement[] = [];
  let section = '';
  let inInstallRequires = false;
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const lineStart = offset;
    offset += rawLine.length + 1;
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      inInstallRequires = false;
      continue;
    }
    if (section !== 'options') continue;
    const key = /^(install_requires\s*[=:]\s*)(.*)$/.exec(line);
    if (key) {
      inInstallRequires = true;
      const value = key[2]!.replace(/[;#].*$/, '');
      if (value.trim()) {
        const requirement = parseRequirementString(value, lineStart + key[1]!.length);
        if (requirement) requirements.push(requirement);
      }
      continue;
    }
    if (!inInstallRequires) continue;
    if (!/^\s/.test(line) && line.trim() !== '') {
      inInstallRequires = false;
      continue;
    }
    const value = line.replace(/(^|\s)#.*$/, '');
    if (value.trim() === '') continue;
    const requirement = parseRequirementString(value, lineStart);
    if (requirement) requirements.push(requirement);
  }
  return requirements;
}

function parseToml(text: string, result: ParsedRequirementsFile): Record<string, unknown> | undefined {
  try {
    return smolToml.parse(text) as Record<string, unknown>;
  } catch (error) {
    result.problems.push(`not valid TOML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Where `name = ...` is written inside the TOML table `[table]` (smol-toml gives no positions).
 * Falls back to the first `name =` anywhere, then to the table header.
 */
function tomlKeyOffset(text: string, table: string, name: string): number {
  const header = new RegExp(`^\\[${table.replace(/[.]/g, '\\.')}\\]\\s*$`, 'm').exec(text);
  const from = header ? header.index : 0;
  const key = new RegExp(`^\\s*["']?${name.replace(/[.]/g, '\\.')}["']?\\s*=`, 'mi');
  const match = key.exec(text.slice(from));
  if (!match) return from;
  return from + match.index + match[0].search(/\S/) + (/^\s*["']/.test(match[0]) ? 1 : 0);
}

/** Pipfile and Poetry tables: `name = "==1.2"`, `name = "*"`, `name = {version = "^1.2", markers = "..."}`. */
function tableRequirements(text: string, table: string, entries: Record<string, unknown>): DeclaredRequirement[] {
  const requirements: DeclaredRequirement[] = [];
  for (const [name, spec] of Object.entries(entries)) {
    if (name.toLowerCase() === 'python') continue;
    const details = record(spec);
    const version = typeof spec === 'string' ? spec : typeof details?.version === 'string' ? details.version : '';
    const marker = typeof details?.markers === 'string' ? details.markers : '';
    if (details && (details.git || details.path || details.url || details.file)) continue;
    const start = tomlKeyOffset(text, table, name);
    requirements.push({ name, start, end: start + name.length, specifier: version === '*' ? '' : version, marker });
  }
  return requirements;
}

function parsePipfile(text: string): ParsedRequirementsFile {
  const result: ParsedRequirementsFile = { requirements: [], includes: [], problems: [] };
  const data = parseToml(text, result);
  if (!data) return result;
  for (const table of ['packages', 'dev-packages']) {
    const entries = record(data[table]);
    if (entries) result.requirements.push(...tableRequirements(text, table, entries));
  }
  return result;
}

function parsePyproject(text: string): ParsedRequirementsFile {
  const result: ParsedRequirementsFile = { requirements: [], includes: [], problems: [] };
  const data = parseToml(text, result);
  if (!data) return result;
  const project = record(data.project);
  const lists: unknown[] = [project?.dependencies, ...Object.values(record(project?.['optional-dependencies']) ?? {})];
  // PEP 508 strings in arrays: find each string's own position in the text, in order.
  let searchFrom = 0;
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const quoted = [`"${item}"`, `'${item}'`].map((q) => ({ q, at: text.indexOf(q, searchFrom) })).filter((x) => x.at >= 0);
      const found = quoted.sort((a, b) => a.at - b.at)[0];
      const at = found ? found.at + 1 : text.indexOf(item);
      if (found) searchFrom = found.at + found.q.length;
      const requirement = parseRequirementString(item, Math.max(at, 0));
      if (requirement) result.requirements.push(requirement);
    }
  }
  const poetry = record(record(record(data.tool)?.poetry));
  for (const table of ['dependencies', 'dev-dependencies']) {
    const entries = record(poetry?.[table]);
    if (entries) result.requirements.push(...tableRequirements(text, `tool.poetry.${table}`, entries));
  }
  for (const [groupName, group] of Object.entries(record(poetry?.group) ?? {})) {
    const entries = record(record(group)?.dependencies);
    if (entries) result.requirements.push(...tableRequirements(text, `tool.poetry.group.${groupName}.dependencies`, entries));
  }
  return result;
}
