// The migration progress model: the per-file results of a workspace scan rolled up into the
// folder tree the view shows (teams convert app by app, so each folder says how far it is).
// No vscode import here, so the rollup is unit-tested on its own.

import type { ScannedFile } from '../../../shared/protocol';
import type { FolderProgress } from '../api';

export interface RuleTotals {
  findings: number;
  safeFixable: number;
  /** Files with at least one finding of the rule. */
  files: number;
}

export interface Totals {
  /** Python files scanned (unreadable ones included). */
  files: number;
  /** Files read and analysed with no findings left. */
  cleanFiles: number;
  unreadable: number;
  findings: number;
  safeFixable: number;
  byRule: Record<string, RuleTotals>;
}

export interface FolderNode {
  /** The folder's own name ('' for the scanned root). */
  name: string;
  /** Relative to the scanned root, `/` separators ('' for the root). */
  path: string;
  folders: FolderNode[];
  /** Files directly in this folder. */
  files: ScannedFile[];
  totals: Totals;
}

export function emptyTotals(): Totals {
  return { files: 0, cleanFiles: 0, unreadable: 0, findings: 0, safeFixable: 0, byRule: {} };
}

export function fileFindings(file: ScannedFile): number {
  let n = 0;
  for (const count of Object.values(file.findings)) n += count;
  return n;
}

export function isClean(file: ScannedFile): boolean {
  return file.unreadable === undefined && fileFindings(file) === 0;
}

/** Adds one file's counts to `totals`. */
function addFile(totals: Totals, file: ScannedFile): void {
  totals.files++;
  if (file.unreadable !== undefined) totals.unreadable++;
  else if (fileFindings(file) === 0) totals.cleanFiles++;
  for (const [rule, count] of Object.entries(file.findings)) {
    const safe = file.safeFixable[rule] ?? 0;
    totals.findings += count;
    totals.safeFixable += safe;
    const byRule = (totals.byRule[rule] ??= { findings: 0, safeFixable: 0, files: 0 });
    byRule.findings += count;
    byRule.safeFixable += safe;
    byRule.files++;
  }
}

/** Builds the folder tree of a scan's files (paths relative to the scanned root) with every folder's totals rolled up. */
export function buildTree(files: readonly ScannedFile[]): FolderNode {
  const root: FolderNode = { name: '', path: '', folders: [], files: [], totals: emptyTotals() };
  const byPath = new Map<string, FolderNode>([['', root]]);
  const folderOf = (folderPath: string): FolderNode => {
    let node = byPath.get(folderPath);
    if (node) return node;
    const slash = folderPath.lastIndexOf('/');
    const parent = folderOf(slash < 0 ? '' : folderPath.slice(0, slash));
    node = { name: folderPath.slice(slash + 1), path: folderPath, folders: [], files: [], totals: emptyTotals() };
    parent.folders.push(node);
    byPath.set(folderPath, node);
    return node;
  };
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    const folderPath = slash < 0 ? '' : file.path.slice(0, slash);
    folderOf(folderPath).files.push(file);
    // Every folder on the way up counts the file.
    for (let p: string | undefined = folderPath; p !== undefined; p = parentPath(p)) addFile(byPath.get(p)!.totals, file);
  }
  sortTree(root);
  return root;
}

function parentPath(p: string): string | undefined {
  if (p === '') return undefined;
  const slash = p.lastIndexOf('/');
  return slash < 0 ? '' : p.slice(0, slash);
}

function sortTree(node: FolderNode): void {
  const byName = (a: { name?: string; path: string }, b: { name?: string; path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  node.folders.sort(byName);
  node.files.sort(byName);
  for (const child of node.folders) sortTree(child);
}

/** Share of clean files, 0..100 (100 for a folder with no Python files: nothing left to do). */
export function percentClean(totals: Totals): number {
  return totals.files === 0 ? 100 : Math.floor((totals.cleanFiles * 100) / totals.files);
}

/** The folder row's description, counts first (the row truncates): "2/6 clean · 7 findings · 33%". */
export function describeTotals(totals: Totals): string {
  const parts = [`${totals.cleanFiles}/${totals.files} clean`];
  if (totals.findings > 0) parts.push(plural(totals.findings, 'finding'));
  if (totals.unreadable > 0) parts.push(`${totals.unreadable} unreadable`);
  parts.push(`${percentClean(totals)}%`);
  return parts.join(' · ');
}

/** Rules by findings, most first (ties by id). */
export function rulesByCount(totals: Totals): [string, RuleTotals][] {
  return Object.entries(totals.byRule).sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1));
}

/** Every file under `node` (recursively) with findings of `ruleId`, most findings first. */
export function filesWithRule(node: FolderNode, ruleId: string): ScannedFile[] {
  const out: ScannedFile[] = [];
  const visit = (n: FolderNode): void => {
    for (const f of n.files) if ((f.findings[ruleId] ?? 0) > 0) out.push(f);
    for (const child of n.folders) visit(child);
  };
  visit(node);
  return out.sort((a, b) => (b.findings[ruleId] ?? 0) - (a.findings[ruleId] ?? 0) || (a.path < b.path ? -1 : 1));
}

/** The folder at `folderPath` ('' for the root), if the scan found Python files there. */
export function findFolder(root: FolderNode, folderPath: string): FolderNode | undefined {
  if (folderPath === '') return root;
  let node: FolderNode | undefined = root;
  for (const part of folderPath.split('/')) {
    node = node.folders.find((f) => f.name === part);
    if (!node) return undefined;
  }
  return node;
}

/** Every folder of the tree, root first, depth-first: the rows of the API's folders(). */
export function folderRows(root: FolderNode): FolderProgress[] {
  const rows: FolderProgress[] = [];
  const visit = (n: FolderNode): void => {
    rows.push({ folder: n.path, files: n.totals.files, cleanFiles: n.totals.cleanFiles, findings: n.totals.findings });
    for (const child of n.folders) visit(child);
  };
  visit(root);
  return rows;
}

/**
 * The previous scan's files with `updated` ones replacing (or adding to) them, and `removed`
 * paths dropped: a rescan of saved files changes only their rows.
 */
export function mergeFiles(previous: readonly ScannedFile[], updated: readonly ScannedFile[], removed: readonly string[] = []): ScannedFile[] {
  const byPath = new Map(previous.map((f) => [f.path, f]));
  for (const p of removed) byPath.delete(p);
  for (const f of updated) byPath.set(f.path, f);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
