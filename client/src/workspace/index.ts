// Workspace progress: the scan command (notification progress, cancellable), the "Migration
// progress" view, "fix rule X in folder Y" through the refactor preview, and "show all files with
// rule X". The server does the scanning and fixing (py3migrate/scanWorkspace, py3migrate/fixRuleInFolder);
// this side keeps the last scan's counts per workspace folder (no file texts) and draws them.

import * as vscode from 'vscode';
import { ProgressType, WorkDoneProgress, type LanguageClient, type TextDocumentEdit } from 'vscode-languageclient/node';
import {
  FixRuleInFolderRequest,
  ScanWorkspaceRequest,
  type ScannedFile,
  type ScanWorkspaceResult,
} from '../../../shared/protocol';
import type { FolderProgress, Py3migrateApi } from '../api';
import { buildTree, filesWithRule, folderRows, mergeFiles, plural, rulesByCount, type FolderNode, type Totals } from './model';
import { firstFindingRange, folderUri, ProgressTreeProvider, type FolderScan, type Node } from './progressView';

export const VIEW_ID = 'py3migrate.workspaceProgress';
export const COMMANDS = {
  scan: 'py3migrate.scanWorkspace',
  fixRuleInFolder: 'py3migrate.fixRuleInFolder',
  showFilesWithRule: 'py3migrate.showFilesWithRule',
} as const;

/** The `$/progress` values streamed on a scan's partialResultToken. */
const PARTIAL_FILES = new ProgressType<ScannedFile[]>();

/** Saved files are rescanned together after this pause, so "Save All" costs one request. */
const RESCAN_DELAY_MS = 500;

export type WorkspaceApi = NonNullable<Py3migrateApi['workspace']>;

/**
 * Registers the view and the commands; returns the `workspace` member of the extension's API.
 * `client()` is the language client in use now (it changes on restart).
 */
export function registerWorkspaceProgress(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, log: vscode.LogOutputChannel): WorkspaceApi {
  const progress = new WorkspaceProgress(client, log);
  context.subscriptions.push(progress);
  return { scan: () => progress.scanAll(), folders: () => progress.folders() };
}

class WorkspaceProgress implements vscode.Disposable {
  private readonly scans = new Map<string, FolderScan>();
  private readonly provider = new ProgressTreeProvider(() => this.orderedScans());
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private running: Promise<void> | undefined;
  private readonly saved = new Set<string>();
  private rescanTimer: NodeJS.Timeout | undefined;
  /** py3migrate settings changed since the last full scan. */
  private stale = false;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      vscode.commands.registerCommand(COMMANDS.scan, () => this.scanAll()),
      vscode.commands.registerCommand(COMMANDS.fixRuleInFolder, (node?: Node) => this.fixRuleInFolder(node)),
      vscode.commands.registerCommand(COMMANDS.showFilesWithRule, (node?: Node) => this.showFilesWithRule(node)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onChanged([document.uri])),
      vscode.workspace.onDidCreateFiles((event) => this.onChanged(event.files)),
      vscode.workspace.onDidDeleteFiles((event) => this.onDeleted(event.files)),
      vscode.workspace.onDidRenameFiles((event) => {
        this.onDeleted(event.files.map((f) => f.oldUri));
        this.onChanged(event.files.map((f) => f.newUri));
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Target, rules and excludes change the counts of every file: say so rather than rescan unasked.
        if (!event.affectsConfiguration('py3migrate') || this.scans.size === 0) return;
        this.stale = true;
        this.render();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) this.scans.delete(removed.uri.toString());
        this.render();
      }),
    );
    this.render();
  }

  /** The rows of the view after the last scan (for the API): every folder, root first. */
  folders(): FolderProgress[] {
    return this.orderedScans().flatMap((scan) => folderRows(scan.tree));
  }

  private orderedScans(): FolderScan[] {
    const order = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    return [...this.scans.values()].sort((a, b) => order.indexOf(a.folder.uri.toString()) - order.indexOf(b.folder.uri.toString()));
  }

  private render(): void {
    this.provider.refresh();
    const all = this.orderedScans();
    if (all.length === 0) {
      // The view's welcome content (package.json viewsWelcome) offers the scan.
      this.view.message = undefined;
      this.view.badge = undefined;
      return;
    }
    const files = all.reduce((n, s) => n + s.tree.totals.files, 0);
    const clean = all.reduce((n, s) => n + s.tree.totals.cleanFiles, 0);
    const findings = all.reduce((n, s) => n + s.tree.totals.findings, 0);
    this.view.message = this.stale
      ? 'py3migrate settings changed since the last scan: scan again to update the counts.'
      : all.some((s) => s.partial)
        ? 'The last scan was cancelled: files it did not reach keep their counts from before (or are missing).'
        : undefined;
    this.view.badge = findings > 0 ? { value: files - clean, tooltip: `${plural(files - clean, 'file')} with Python 2-only code or not checked` } : undefined;
  }

  /** Scans every workspace folder, one after the other, in a cancellable notification. Concurrent calls share one run. */
  scanAll(): Promise<void> {
    this.running ??= this.runScan().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runScan(): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('py3migrate: open a folder to scan its Python files.');
      return;
    }
    const client = this.client();
    if (!client) {
      void vscode.window.showErrorMessage('py3migrate: the language server is not running.');
      return;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'py3migrate', cancellable: true },
      async (progress, token) => {
        this.stale = false;
        for (let i = 0; i < folders.length && !token.isCancellationRequested; i++) {
          const folder = folders[i];
          let reported = 0;
          const workDoneToken = `py3migrate-scan-${Date.now()}-${Math.random().toString(36).slice(2)}`;
          // The server's $/progress percentages, spread over this folder's share of the bar.
          const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
            if (value.kind !== 'report') return;
            const percent = value.percentage ?? reported;
            const increment = (percent - reported) / folders.length;
            reported = percent;
            const where = folders.length > 1 ? `${folder.name}: ` : '';
            progress.report({ increment: increment > 0 ? increment : undefined, message: `scanning ${where}${value.message ?? ''}` });
          });
          // The files come in batches while the scan goes on: the view shows them over the previous scan's rows.
          const partialResultToken = `${workDoneToken}-files`;
          const previous = this.scans.get(folder.uri.toString())?.files ?? [];
          const streamed: ScannedFile[] = [];
          const batches = client.onProgress(PARTIAL_FILES, partialResultToken, (batch) => {
            streamed.push(...batch);
            this.setScan(folder, mergeFiles(previous, streamed), false, true);
          });
          let result: ScanWorkspaceResult;
          try {
            result = await client.sendRequest(ScanWorkspaceRequest.type, { folderUri: folder.uri.toString(), workDoneToken, partialResultToken }, token);
          } catch (error) {
            if (previous.length > 0 || streamed.length > 0) this.setScan(folder, mergeFiles(previous, streamed), true);
            if (token.isCancellationRequested) break;
            this.log.error(`py3migrate: scanning ${folder.uri.fsPath} failed: ${String(error)}`);
            void vscode.window.showErrorMessage(`py3migrate: scanning ${folder.name} failed. See the py3migrate output.`);
            continue;
          } finally {
            listener.dispose();
            batches.dispose();
          }
          // A cancelled client request may resolve with nothing (vscode-languageclient's default value).
          if (!result) {
            this.setScan(folder, mergeFiles(previous, streamed), true);
            break;
          }
          // A complete scan replaces the previous rows (deleted files go); a cancelled one updates them.
          const files = [...streamed, ...result.files];
          this.setScan(folder, result.cancelled ? mergeFiles(previous, files) : files, result.cancelled);
          progress.report({ increment: (100 - reported) / folders.length });
        }
      },
    );
  }

  private setScan(folder: vscode.WorkspaceFolder, files: ScannedFile[], partial: boolean, scanning = false): void {
    this.scans.set(folder.uri.toString(), { folder, files, tree: buildTree(files), partial, scanning });
    this.render();
  }

  // ---- light rescans: saved, created, renamed and deleted files of folders already scanned ----

  private onChanged(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      if (uri.scheme !== 'file' || !/\.pyw?$/i.test(uri.path)) continue;
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && this.scans.has(folder.uri.toString())) this.saved.add(uri.toString());
    }
    if (this.saved.size === 0) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.rescanSaved(), RESCAN_DELAY_MS);
  }

  private onDeleted(uris: readonly vscode.Uri[]): void {
    let changed = false;
    for (const uri of uris) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const scan = folder && this.scans.get(folder.uri.toString());
      if (!scan) continue;
      // A deleted folder takes its files with it.
      const prefix = relativePath(folder, uri);
      const gone = scan.files.filter((f) => f.path === prefix || f.path.startsWith(prefix + '/')).map((f) => f.path);
      if (gone.length === 0) continue;
      scan.files = mergeFiles(scan.files, [], gone);
      scan.tree = buildTree(scan.files);
      changed = true;
    }
    if (changed) this.render();
  }

  private async rescanSaved(): Promise<void> {
    const uris = [...this.saved];
    this.saved.clear();
    const client = this.client();
    if (!client) return;
    const byFolder = new Map<string, string[]>();
    for (const uri of uris) {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri));
      if (!folder) continue;
      const list = byFolder.get(folder.uri.toString()) ?? [];
      list.push(uri);
      byFolder.set(folder.uri.toString(), list);
    }
    for (const [folderKey, files] of byFolder) {
      const scan = this.scans.get(folderKey);
      if (!scan) continue;
      try {
        const result = await client.sendRequest(ScanWorkspaceRequest.type, { folderUri: folderKey, files });
        const current = this.scans.get(folderKey);
        if (!result || !current) continue;
        // A named file the server did not report is excluded (or gone): drop its old row.
        const reported = new Set(result.files.map((f) => f.path));
        const dropped = files.map((u) => relativePath(current.folder, vscode.Uri.parse(u))).filter((p) => !reported.has(p));
        current.files = mergeFiles(current.files, result.files, dropped);
        current.tree = buildTree(current.files);
      } catch (error) {
        this.log.warn(`py3migrate: rescanning saved files failed: ${String(error)}`);
      }
    }
    this.render();
  }

  // ---- fix rule X in folder Y ----

  private async fixRuleInFolder(node?: Node): Promise<void> {
    const target = node && (node.kind === 'folder' || node.kind === 'rule' || node.kind === 'rules') ? { scan: node.scan, node: node.node } : await this.pickFolder();
    if (!target) return;
    const ruleId = node?.kind === 'rule' ? node.ruleId : await pickRule(target.node.totals, 'py3migrate: fix which rule in ' + folderLabel(target.scan, target.node) + '?', true);
    if (!ruleId) return;
    const client = this.client();
    if (!client) return;
    const files = filesWithRule(target.node, ruleId).filter((f) => (f.safeFixable[ruleId] ?? 0) > 0);
    const label = folderLabel(target.scan, target.node);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `py3migrate: computing the fixes of ${ruleId} in ${label}`, cancellable: true },
      (_progress, token) =>
        client.sendRequest(
          FixRuleInFolderRequest.type,
          { folderUri: folderUri(target.scan, target.node).toString(), ruleId, files: files.map((f) => f.uri) },
          token,
        ),
    );
    if (!result) return;
    for (const skipped of result.skipped) this.log.warn(`py3migrate: ${ruleId} not fixed in ${skipped.uri}: ${skipped.reason}`);
    if (result.files === 0) {
      void vscode.window.showInformationMessage(`py3migrate: no safe fix of ${ruleId} to apply in ${label}${result.skipped.length > 0 ? ` (${plural(result.skipped.length, 'file')} skipped: see the py3migrate output)` : ''}.`);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    const changed: string[] = [];
    for (const change of (result.edit.documentChanges ?? []) as TextDocumentEdit[]) {
      const uri = vscode.Uri.parse(change.textDocument.uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (change.textDocument.version !== null && open && open.version !== change.textDocument.version) {
        void vscode.window.showWarningMessage(`py3migrate: ${vscode.workspace.asRelativePath(uri)} changed while the fixes were computed; run the command again.`);
        return;
      }
      const metadata: vscode.WorkspaceEditEntryMetadata = {
        needsConfirmation: true,
        label: `Fix ${ruleId}`,
        description: vscode.workspace.asRelativePath(uri),
      };
      for (const e of change.edits) {
        if (!('newText' in e)) continue;
        edit.replace(uri, client.protocol2CodeConverter.asRange(e.range), e.newText, metadata);
      }
      changed.push(uri.toString());
    }
    // needsConfirmation makes VS Code show the refactor preview; nothing changes until the user applies it.
    // The preview starts with such entries unticked (VS Code's rule for edits needing confirmation), so say what to do.
    void vscode.window.showInformationMessage(
      `py3migrate: ${result.fixes} safe ${result.fixes === 1 ? 'fix' : 'fixes'} of ${ruleId} in ${plural(result.files, 'file')} — tick the files to change in the Refactor Preview, then Apply.`,
    );
    const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
    if (applied) this.onChanged(changed.map((u) => vscode.Uri.parse(u)));
  }

  private async pickFolder(): Promise<{ scan: FolderScan; node: FolderNode } | undefined> {
    if (this.scans.size === 0) await this.scanAll();
    const items: (vscode.QuickPickItem & { scan: FolderScan; node: FolderNode })[] = [];
    for (const scan of this.orderedScans()) {
      const visit = (node: FolderNode): void => {
        if (node.totals.safeFixable === 0) return;
        items.push({ label: folderLabel(scan, node), description: `${node.totals.safeFixable} fixable of ${plural(node.totals.findings, 'finding')}`, scan, node });
        node.folders.forEach(visit);
      };
      visit(scan.tree);
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage('py3migrate: no safe fixes to apply in the workspace (scan it again if files changed).');
      return undefined;
    }
    return vscode.window.showQuickPick(items, { title: 'py3migrate: fix a rule in which folder?', matchOnDescription: true });
  }

  // ---- show all files with rule X ----

  private async showFilesWithRule(node?: Node): Promise<void> {
    if (this.scans.size === 0) await this.scanAll();
    const scopes: { scan: FolderScan; node: FolderNode }[] =
      node && node.kind !== 'file' ? [{ scan: node.scan, node: node.node }] : this.orderedScans().map((scan) => ({ scan, node: scan.tree }));
    const totals = combine(scopes.map((s) => s.node.totals));
    const ruleId = node?.kind === 'rule' ? node.ruleId : await pickRule(totals, 'py3migrate: show the files with which rule?', false);
    if (!ruleId) return;
    const items = scopes.flatMap(({ scan, node: n }) =>
      filesWithRule(n, ruleId).map((file) => ({
        label: file.path,
        description: `${plural(file.findings[ruleId] ?? 0, 'finding')}${file.safeFixable[ruleId] ? `, ${file.safeFixable[ruleId]} fixable` : ''}`,
        detail: this.scans.size > 1 ? scan.folder.name : undefined,
        file,
      })),
    );
    if (items.length === 0) {
      void vscode.window.showInformationMessage(`py3migrate: no file has findings of ${ruleId}.`);
      return;
    }
    const picked = await vscode.window.showQuickPick(items, { title: `py3migrate: ${plural(items.length, 'file')} with ${ruleId}`, matchOnDescription: true });
    if (!picked) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(picked.file.uri));
    const selection = firstFindingRange(picked.file, ruleId);
    await vscode.window.showTextDocument(document, { selection });
  }

  dispose(): void {
    clearTimeout(this.rescanTimer);
    for (const s of this.subscriptions) s.dispose();
  }
}

async function pickRule(totals: Totals, title: string, fixableOnly: boolean): Promise<string | undefined> {
  const items = rulesByCount(totals)
    .filter(([, t]) => !fixableOnly || t.safeFixable > 0)
    .map(([ruleId, t]) => ({
      label: ruleId,
      description: fixableOnly ? `${t.safeFixable} fixable of ${plural(t.findings, 'finding')} in ${plural(t.files, 'file')}` : `${plural(t.findings, 'finding')} in ${plural(t.files, 'file')}`,
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(fixableOnly ? 'py3migrate: no rule has a safe fix here.' : 'py3migrate: no findings here.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true }))?.label;
}

function combine(all: readonly Totals[]): Totals {
  if (all.length === 1) return all[0];
  const out: Totals = { files: 0, cleanFiles: 0, unreadable: 0, findings: 0, safeFixable: 0, byRule: {} };
  for (const t of all) {
    out.files += t.files;
    out.cleanFiles += t.cleanFiles;
    out.unreadable += t.unreadable;
    out.findings += t.findings;
    out.safeFixable += t.safeFixable;
    for (const [id, r] of Object.entries(t.byRule)) {
      const into = (out.byRule[id] ??= { findings: 0, safeFixable: 0, files: 0 });
      into.findings += r.findings;
      into.safeFixable += r.safeFixable;
      into.files += r.files;
    }
  }
  return out;
}

function folderLabel(scan: FolderScan, node: FolderNode): string {
  return node.path === '' ? scan.folder.name : `${node.path}/`;
}

function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

