// Finds and reads dependency files on disk for `py3migrate requirements`: the files named on the
// command line, or those found under a folder, plus every file they include with `-r` / `-c`
// (each read once, so include cycles end).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../engine/lineIndex';
import { checkRequirementsText, type RequirementsCheck } from './check';
import { requirementsFileKind, type RequirementsFileKind } from './parse';

export interface CheckedRequirementsFile extends RequirementsCheck {
  path: string;
  kind: RequirementsFileKind;
  /** 1-based line and column of each finding's start, for people and CI formats. */
  positions: { line: number; column: number; endLine: number; endColumn: number }[];
}

export interface RequirementsRun {
  files: CheckedRequirementsFile[];
  /** Files that could not be read or were not recognised: one message each, naming the file. */
  problems: string[];
}

/** Folders never searched: virtualenvs, VCS data, dependencies installed for other tools. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', 'site-packages', '__pycache__', '.tox', '.nox', 'dist', 'build']);
const MAX_DEPTH = 4;

export function discoverRequirementsFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // A virtualenv (pyvenv.cfg) holds other projects' metadata, not this project's requirements.
    if (entries.some((e) => e.name === 'pyvenv.cfg')) return;
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(full, depth + 1);
      } else if (entry.isFile() && requirementsFileKind(full)) {
        found.push(full);
      }
    }
  };
  walk(folder, 0);
  return found;
}

export function checkRequirementsFiles(paths: readonly string[]): RequirementsRun {
  const run: RequirementsRun = { files: [], problems: [] };
  const seen = new Set<string>();
  const queue: { file: string; named: boolean }[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      run.problems.push(`${p}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
      continue;
    }
    if (stat.isDirectory()) queue.push(...discoverRequirementsFiles(p).map((file) => ({ file, named: false })));
    else queue.push({ file: p, named: true });
  }
  while (queue.length > 0) {
    const { file, named } = queue.shift()!;
    const key = path.resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    // A file named on the command line is read as requirements.txt syntax whatever its name
    // (teams call them deps.txt, base.pip...), unless the name says otherwise.
    const kind = requirementsFileKind(file) ?? (named ? 'requirements.txt' : undefined);
    if (!kind) continue;
    let text: string;
    try {
      const bytes = fs.readFileSync(file);
      if (bytes.includes(0)) {
        run.problems.push(`${file}: binary file (it contains NUL bytes), not a dependency list`);
        continue;
      }
      text = bytes.toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      run.problems.push(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
      continue;
    }
    const check = checkRequirementsText(kind, text.replace(/^\uFEFF/, ''));
    for (const problem of check.problems) run.problems.push(`${file}: ${problem}`);
    for (const include of check.includes) {
      const target = path.resolve(path.dirname(file), include.target);
      if (!fs.existsSync(target)) run.problems.push(`${file}: includes ${include.target}, which does not exist`);
      else queue.push({ file: path.relative(process.cwd(), target) || target, named: true });
    }
    const lines = new LineIndex(text);
    run.files.push({ ...check, path: file, kind, positions: check.findings.map((f) => lineColumns(lines, f.start, f.end)) });
  }
  return run;
}

/** 1-based line and column of a finding, for people and CI formats (columns in UTF-16 units, like the editor's). */
function lineColumns(lines: LineIndex, start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return { line: s.line + 1, column: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 };
}
