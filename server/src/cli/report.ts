// `py3migrate report`: where a migration stands. Checks the tree like `check`, then sums up per
// folder (files, clean files, findings, % clean; each folder counts everything under it), per rule
// (findings, safe / unsafe fixable, category), the files with the most findings, and the manual
// checklist ticked in the editor (.py3migrate/checklist.json, shared/checklist.ts). Writes Markdown
// (for a PR comment), one self-contained HTML page, or JSON (the `version: 1` shape below).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKLIST_FILE, MANUAL_ITEMS, parseChecklist, type ChecklistFile, type ManualItemId } from '../../../shared/checklist';
import { version as toolVersion } from '../../../package.json';
import type { Category, RuleSet, Severity, Target } from '../engine';
import { analyzeSource, plural, type CliFinding } from './analysis';
import { UsageError, flagValue, oneOf, parseArgs } from './args';
import type { Console } from './console';
import { AtomicOutput, collectInputs, readSourceFile } from './files';
import { FILE_FLAGS, fileOptions } from './options';
import { renderHtml, renderMarkdown } from './reportFormat';

export const REPORT_FLAGS = { ...FILE_FLAGS, format: { value: true }, output: { value: true, short: 'o' } };
export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
/** How many files the "most findings" list shows. */
export const TOP_FILES = 15;

export interface Counts {
  files: number;
  cleanFiles: number;
  findings: number;
  safeFixable: number;
  unsafeFixable: number;
  /** cleanFiles / files in percent, one decimal; 100 for a folder with no files. */
  percentClean: number;
}

export interface FolderReport extends Counts {
  /** Relative to the report's root, '/' separators; '.' is the root itself. */
  path: string;
  /** 0 for the root, 1 for its sub-folders, ... */
  depth: number;
  /** Per manual item: how many files under the folder have it ticked. */
  checklist: Record<ManualItemId, number>;
}

export interface RuleReport {
  id: string;
  category: Category;
  severity: Severity;
  findings: number;
  files: number;
  safeFixable: number;
  unsafeFixable: number;
}

export interface FileReport {
  path: string;
  findings: number;
  safeFixable: number;
  unsafeFixable: number;
}

export interface ChecklistReport {
  /** The checklist file read, relative to the report's root; null when there is none. */
  file: string | null;
  /** Why it could not be used (bad JSON...); absent when it was read or there is none. */
  problem?: string;
  items: { id: ManualItemId; label: string; guide: string; files: number; percent: number }[];
  /** Files with every item ticked. */
  complete: number;
  /** Ticked entries for files that are not in the report (moved, deleted or excluded). */
  stale: number;
}

export interface ReportData {
  version: 1;
  tool: { name: 'py3migrate'; version: string };
  target: Target;
  /** The folder paths are relative to, as given (relative to the current folder when possible). */
  root: string;
  /** The config file in force, or null. */
  config: string | null;
  summary: Counts & { filesWithFindings: number; unreadableFiles: number };
  folders: FolderReport[];
  rules: RuleReport[];
  topFiles: FileReport[];
  unreadable: { path: string; problem: string }[];
  checklist: ChecklistReport;
}

export interface ScannedFile {
  /** Relative to the root, '/' separators. */
  path: string;
  findings: readonly CliFinding[];
}

export function runReport(argv: readonly string[], rules: RuleSet, out: Console): number {
  const args = parseArgs(argv, REPORT_FLAGS, 'report');
  const format = oneOf(flagValue(args, 'format'), REPORT_FORMATS, 'md', 'format');
  const options = fileOptions(args, rules, out);
  if (options.paths.includes('-')) throw new UsageError("'report' works on files and folders, not standard input ('-')");
  const outputFile = flagValue(args, 'output');
  const root = reportRoot(options.paths);

  const { inputs, problems } = collectInputs(options.paths, options);
  const unreadable: ReportData['unreadable'] = problems.map((p) => ({ path: p.display, problem: p.problem }));
  const scanned: ScannedFile[] = [];
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    const rel = relativeTo(root, input.fsPath);
    const read = readSourceFile(input.fsPath, options.maxBytes);
    if (!read.ok) {
      unreadable.push({ path: rel, problem: read.problem });
      continue;
    }
    try {
      const analysis = analyzeSource(rules, read.source.text, rel, options.target, options, input.fsPath);
      scanned.push({ path: rel, findings: analysis.findings });
    } catch (error) {
      unreadable.push({ path: rel, problem: `internal error: ${(error as Error).message}` });
    }
  }
  for (const u of unreadable) out.warn(`${u.path}: ${u.problem} (not in the report's counts)`);

  const checklist = readChecklist(root, out);
  const data = buildReport({
    root: displayRoot(root),
    target: options.target,
    config: options.config ? relativeOrAbsolute(options.config.file) : null,
    files: scanned,
    unreadable,
    rules,
    checklist,
  });
  const text = format === 'json' ? JSON.stringify(data, null, 2) + '\n' : format === 'html' ? renderHtml(data) : renderMarkdown(data);

  if (outputFile === undefined) {
    out.stdout(text);
  } else {
    let output: AtomicOutput;
    try {
      output = AtomicOutput.open(outputFile);
    } catch (error) {
      out.error((error as Error).message);
      return 2;
    }
    try {
      output.write(text);
      output.commit();
    } catch (error) {
      output.abort();
      out.error((error as Error).message);
      return 2;
    }
  }
  const s = data.summary;
  out.info(`${outputFile ? `Wrote ${outputFile}: ` : ''}${s.cleanFiles} of ${plural(s.files, 'file')} clean (${s.percentClean}%), ${plural(s.findings, 'finding')}.`);
  return 0;
}

export interface BuildInput {
  root: string;
  target: Target;
  config: string | null;
  files: readonly ScannedFile[];
  unreadable: ReportData['unreadable'];
  rules: Pick<RuleSet, 'get'>;
  checklist: { file: string | null; checklist?: ChecklistFile; problem?: string };
}

/** The report's data from the scanned files: pure, so tests can build one without a file system. */
export function buildReport(input: BuildInput): ReportData {
  const files = [...input.files].sort((a, b) => compare(a.path, b.path));
  const ticks = input.checklist.checklist?.files ?? {};
  const emptyTicks = (): Record<ManualItemId, number> => Object.fromEntries(MANUAL_ITEMS.map((i) => [i.id, 0])) as Record<ManualItemId, number>;

  const folders = new Map<string, FolderReport>();
  const folder = (p: string): FolderReport => {
    let f = folders.get(p);
    if (!f) {
      f = { path: p, depth: p === '.' ? 0 : p.split('/').length, files: 0, cleanFiles: 0, findings: 0, safeFixable: 0, unsafeFixable: 0, percentClean: 100, checklist: emptyTicks() };
      folders.set(p, f);
    }
    return f;
  };
  folder('.');
  const byRule = new Map<string, RuleReport & { fileSet: Set<string> }>();
  const fileReports: FileReport[] = [];
  for (const file of files) {
    const safe = file.findings.filter((f) => f.fix?.safety === 'safe').length;
    const unsafe = file.findings.filter((f) => f.fix?.safety === 'unsafe').length;
    fileReports.push({ path: file.path, findings: file.findings.length, safeFixable: safe, unsafeFixable: unsafe });
    const fileTicks = ticks[file.path] ?? {};
    for (const dir of ancestors(file.path)) {
      const f = folder(dir);
      f.files++;
      if (file.findings.length === 0) f.cleanFiles++;
      f.findings += file.findings.length;
      f.safeFixable += safe;
      f.unsafeFixable += unsafe;
      for (const item of MANUAL_ITEMS) if (fileTicks[item.id] === true) f.checklist[item.id]++;
    }
    for (const finding of file.findings) {
      let r = byRule.get(finding.rule);
      if (!r) {
        const rule = input.rules.get(finding.rule);
        r = { id: finding.rule, category: rule?.category ?? 'other', severity: rule?.severity ?? finding.severity, findings: 0, files: 0, safeFixable: 0, unsafeFixable: 0, fileSet: new Set() };
        byRule.set(finding.rule, r);
      }
      r.findings++;
      r.fileSet.add(file.path);
      if (finding.fix?.safety === 'safe') r.safeFixable++;
      else if (finding.fix?.safety === 'unsafe') r.unsafeFixable++;
    }
  }
  for (const f of folders.values()) f.percentClean = percent(f.cleanFiles, f.files);

  const inReport = new Set(files.map((f) => f.path));
  const tickedFiles = Object.entries(ticks).filter(([, t]) => MANUAL_ITEMS.some((i) => t[i.id] === true));
  const total = folders.get('.')!;
  const rulesOut = [...byRule.values()]
    .map(({ fileSet, ...r }) => ({ ...r, files: fileSet.size }))
    .sort((a, b) => b.findings - a.findings || compare(a.id, b.id));
  return {
    version: 1,
    tool: { name: 'py3migrate', version: toolVersion },
    target: input.target,
    root: input.root,
    config: input.config,
    summary: {
      files: total.files,
      cleanFiles: total.cleanFiles,
      filesWithFindings: total.files - total.cleanFiles,
      unreadableFiles: input.unreadable.length,
      findings: total.findings,
      safeFixable: total.safeFixable,
      unsafeFixable: total.unsafeFixable,
      percentClean: total.percentClean,
    },
    folders: [...folders.values()].sort((a, b) => compare(a.path, b.path)),
    rules: rulesOut,
    topFiles: fileReports
      .filter((f) => f.findings > 0)
      .sort((a, b) => b.findings - a.findings || compare(a.path, b.path))
      .slice(0, TOP_FILES),
    unreadable: [...input.unreadable].sort((a, b) => compare(a.path, b.path)),
    checklist: {
      file: input.checklist.file,
      ...(input.checklist.problem ? { problem: input.checklist.problem } : {}),
      items: MANUAL_ITEMS.map((item) => ({ id: item.id, label: item.label, guide: item.guide, files: total.checklist[item.id], percent: percent(total.checklist[item.id], total.files) })),
      complete: files.filter((f) => MANUAL_ITEMS.every((i) => ticks[f.path]?.[i.id] === true)).length,
      stale: tickedFiles.filter(([p]) => !inReport.has(p)).length,
    },
  };
}

/** '.', then 'a', 'a/b' for 'a/b/c.py'. */
function ancestors(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return ['.', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}

/** Code-unit order, not locale order: the same on every machine, so JSON reports diff cleanly. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The folder every path is under (a file's own folder for a file). */
function reportRoot(paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const abs = path.resolve(p);
    try {
      return fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
    } catch {
      return path.dirname(abs);
    }
  });
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (d !== common && !d.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
  }
  return common;
}

function relativeTo(root: string, fsPath: string): string {
  return path.relative(root, path.resolve(fsPath)).split(path.sep).join('/');
}

function displayRoot(root: string): string {
  return relativeOrAbsolute(root) || '.';
}

function relativeOrAbsolute(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel.startsWith('..') || path.isAbsolute(rel) ? p.split(path.sep).join('/') : rel.split(path.sep).join('/');
}

/**
 * The checklist of the report's root, or of the nearest folder above it that has one (the
 * workspace folder where the editor wrote it). Its keys are relative to that folder: they are
 * re-based onto the report's root, and entries outside the root are left out.
 */
function readChecklist(root: string, out: Console): BuildInput['checklist'] {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const file = path.join(dir, ...CHECKLIST_FILE.split('/'));
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      // Relative to the report's root ('.py3migrate/checklist.json', or '../.py3migrate/...' above it).
      const display = path.relative(root, file).split(path.sep).join('/');
      const parsed = parseChecklist(text);
      if (!parsed.ok) {
        out.warn(`${display}: ${parsed.problem}; the report shows no checklist ticks`);
        return { file: display, problem: parsed.problem };
      }
      const prefix = relativeTo(dir, root);
      const files: ChecklistFile['files'] = {};
      for (const [key, ticks] of Object.entries(parsed.checklist.files)) {
        if (prefix === '') files[key] = ticks;
        else if (key.startsWith(prefix + '/')) files[key.slice(prefix.length + 1)] = ticks;
      }
      return { file: display, checklist: { version: 1, files } };
    }
    if (path.dirname(dir) === dir) return { file: null };
  }
}
