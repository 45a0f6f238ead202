// The "Migration progress" tree view (py3migrate.workspaceProgress): workspace folder -> folders
// (recursively) with how many files are clean and how many findings are left, a "By rule" group
// under each folder with findings, and files as leaves that open at their first finding.

import * as vscode from 'vscode';
import type { ScannedFile } from '../../../shared/protocol';
import {
  describeTotals,
  fileFindings,
  filesWithRule,
  percentClean,
  plural,
  rulesByCount,
  type FolderNode,
  type RuleTotals,
  type Totals,
} from './model';

/** One workspace folder's last scan. */
export interface FolderScan {
  folder: vscode.WorkspaceFolder;
  files: ScannedFile[];
  tree: FolderNode;
  /** The last full scan was cancelled: the tree holds only the files scanned before that (over older rows). */
  partial: boolean;
  /** A scan is filling the tree in now. */
  scanning?: boolean;
}

export type Node =
  | { kind: 'folder'; scan: FolderScan; node: FolderNode }
  | { kind: 'rules'; scan: FolderScan; node: FolderNode }
  | { kind: 'rule'; scan: FolderScan; node: FolderNode; ruleId: string; totals: RuleTotals }
  /** `group`: the folder whose "By rule" group lists the file (a file shows under each folder above it). */
  | { kind: 'file'; scan: FolderScan; file: ScannedFile; ruleId?: string; group?: string };

/** `contextValue`s, matched by the `when` clauses of the view's menus in package.json. */
export const CONTEXT = {
  folder: 'py3migrate.folder',
  folderFixable: 'py3migrate.folder.fixable',
  rule: 'py3migrate.rule',
  ruleFixable: 'py3migrate.rule.fixable',
  rules: 'py3migrate.rules',
  file: 'py3migrate.file',
} as const;

const MAX_TOOLTIP_RULES = 25;

export class ProgressTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly scans: () => readonly FolderScan[]) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(element?: Node): Node[] {
    if (!element) return this.scans().map((scan) => ({ kind: 'folder', scan, node: scan.tree }));
    switch (element.kind) {
      case 'folder': {
        const { scan, node } = element;
        const children: Node[] = [];
        if (node.totals.findings > 0) children.push({ kind: 'rules', scan, node });
        for (const child of node.folders) children.push({ kind: 'folder', scan, node: child });
        for (const file of node.files) children.push({ kind: 'file', scan, file });
        return children;
      }
      case 'rules':
        return rulesByCount(element.node.totals).map(([ruleId, totals]) => ({ kind: 'rule', scan: element.scan, node: element.node, ruleId, totals }));
      case 'rule':
        return filesWithRule(element.node, element.ruleId).map((file) => ({ kind: 'file', scan: element.scan, file, ruleId: element.ruleId, group: element.node.path }));
      case 'file':
        return [];
    }
  }

  getTreeItem(element: Node): vscode.TreeItem {
    switch (element.kind) {
      case 'folder':
        return folderItem(element.scan, element.node);
      case 'rules': {
        const item = new vscode.TreeItem('By rule', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${element.scan.folder.uri.toString()}|rules|${element.node.path}`;
        item.iconPath = new vscode.ThemeIcon('list-filter');
        item.description = plural(Object.keys(element.node.totals.byRule).length, 'rule');
        item.contextValue = CONTEXT.rules;
        return item;
      }
      case 'rule': {
        const { ruleId, totals } = element;
        const item = new vscode.TreeItem(ruleId, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${element.scan.folder.uri.toString()}|rule|${element.node.path}|${ruleId}`;
        item.iconPath = new vscode.ThemeIcon(totals.safeFixable > 0 ? 'lightbulb-autofix' : 'symbol-event');
        item.description = `${plural(totals.findings, 'finding')} in ${plural(totals.files, 'file')}${totals.safeFixable > 0 ? `, ${totals.safeFixable} fixable` : ''}`;
        item.tooltip = `${ruleId}: ${item.description} under ${element.node.path || element.scan.folder.name}`;
        item.contextValue = totals.safeFixable > 0 ? CONTEXT.ruleFixable : CONTEXT.rule;
        return item;
      }
      case 'file':
        return fileItem(element.scan, element.file, element.ruleId, element.group);
    }
  }

  getParent(): undefined {
    // Not needed: the view is never asked to reveal an element.
    return undefined;
  }
}

function folderItem(scan: FolderScan, node: FolderNode): vscode.TreeItem {
  const isRoot = node.path === '';
  const item = new vscode.TreeItem(isRoot ? scan.folder.name : node.name, isRoot ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${scan.folder.uri.toString()}|folder|${node.path}`;
  item.description = describeTotals(node.totals) + (isRoot && scan.scanning ? ' (scanning…)' : isRoot && scan.partial ? ' (scan cancelled: partial)' : '');
  item.iconPath = progressIcon(node.totals);
  item.tooltip = folderTooltip(scan, node);
  item.resourceUri = folderUri(scan, node);
  item.contextValue = node.totals.safeFixable > 0 ? CONTEXT.folderFixable : CONTEXT.folder;
  return item;
}

function progressIcon(totals: Totals): vscode.ThemeIcon {
  const percent = percentClean(totals);
  if (totals.findings === 0 && totals.unreadable === 0) return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('charts.green'));
  if (percent === 0) return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('charts.red'));
  if (percent >= 75) return new vscode.ThemeIcon('issues', new vscode.ThemeColor('charts.blue'));
  return new vscode.ThemeIcon('issues', new vscode.ThemeColor('charts.yellow'));
}

function folderTooltip(scan: FolderScan, node: FolderNode): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const t = node.totals;
  md.appendMarkdown(`**${escape(node.path || scan.folder.name)}** — ${percentClean(t)}% of files clean\n\n`);
  md.appendMarkdown(`${t.cleanFiles} of ${plural(t.files, 'Python file')} clean, ${plural(t.findings, 'finding')} (${t.safeFixable} with a safe fix)`);
  if (t.unreadable > 0) md.appendMarkdown(`, ${t.unreadable} not checked (unreadable or too large)`);
  md.appendMarkdown('\n\n');
  const rules = rulesByCount(t);
  if (rules.length > 0) {
    md.appendMarkdown('| rule | findings | files | fixable |\n|:--|--:|--:|--:|\n');
    for (const [ruleId, r] of rules.slice(0, MAX_TOOLTIP_RULES)) md.appendMarkdown(`| ${escape(ruleId)} | ${r.findings} | ${r.files} | ${r.safeFixable} |\n`);
    if (rules.length > MAX_TOOLTIP_RULES) md.appendMarkdown(`\n…and ${rules.length - MAX_TOOLTIP_RULES} more rules\n`);
  }
  if (scan.partial && node.path === '') md.appendMarkdown('\n\n_The last scan was cancelled: files it did not reach keep their counts from before, or are missing._');
  return md;
}

function fileItem(scan: FolderScan, file: ScannedFile, ruleId?: string, group?: string): vscode.TreeItem {
  const uri = vscode.Uri.parse(file.uri);
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const item = new vscode.TreeItem(ruleId ? file.path : name, vscode.TreeItemCollapsibleState.None);
  // Tree item ids must be unique: the same file is listed under the rule groups of every folder above it.
  item.id = ruleId === undefined ? `${scan.folder.uri.toString()}|file|${file.path}` : `${scan.folder.uri.toString()}|rulefile|${group ?? ''}|${ruleId}|${file.path}`;
  item.resourceUri = uri;
  const findings = fileFindings(file);
  if (file.unreadable !== undefined) {
    item.description = 'not checked';
    item.tooltip = `${file.path}: ${file.unreadable}`;
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  } else if (findings === 0) {
    item.description = 'clean';
    item.tooltip = `${file.path}: no Python 2-only code found`;
    item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
  } else {
    const count = ruleId ? (file.findings[ruleId] ?? 0) : findings;
    item.description = plural(count, 'finding');
    const lines = Object.entries(file.findings)
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id}: ${n}${file.safeFixable[id] ? ` (${file.safeFixable[id]} fixable)` : ''}`);
    item.tooltip = `${file.path}\n${lines.join('\n')}`;
    item.iconPath = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('charts.orange'));
  }
  item.contextValue = CONTEXT.file;
  item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection: firstFindingRange(file, ruleId) }] };
  return item;
}

/** Where to open a file: the first finding of the rule, or the earliest finding of any rule. */
export function firstFindingRange(file: ScannedFile, ruleId?: string): vscode.Range | undefined {
  const positions = ruleId ? [file.first[ruleId]].filter((p) => p !== undefined) : Object.values(file.first);
  if (positions.length === 0) return undefined;
  const first = positions.reduce((a, b) => (b.line < a.line || (b.line === a.line && b.character < a.character) ? b : a));
  const at = new vscode.Position(first.line, first.character);
  return new vscode.Range(at, at);
}

export function folderUri(scan: FolderScan, node: FolderNode): vscode.Uri {
  return node.path === '' ? scan.folder.uri : vscode.Uri.joinPath(scan.folder.uri, ...node.path.split('/'));
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
