// The migration panel (webview view `py3migrate.migrationPanel`): the active Python file's
// status, its findings per category with "Fix all safe", and the manual checklist. The model is
// built by model.ts and drawn by media/panel.js; this class only connects them to VS Code.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECKLIST_FILE, type FileTicks, type ManualItemId } from '../../../shared/checklist';
import { FixCategoryRequest, type FileStatusParams, type FindingCategory } from '../../../shared/protocol';
import type { Py3migrateApi } from '../api';
import { checklistKey, readChecklist, setTick, type ReadResult } from './checklistStore';
import { makeNonce, panelHtml } from './html';
import { describeMessage, parsePanelMessage, type ModelMessage, type PanelMessage } from './messages';
import { isFindingCategory } from './guides';
import { buildPanelModel, type DiagnosticLike, type PanelViewModel } from './model';


const SEVERITIES: Record<vscode.DiagnosticSeverity, DiagnosticLike['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export interface PanelActions {
  openGuide(guide: string, anchor: string): Promise<void>;
  openRuleDocs(ruleId: string): Promise<void>;
}

export class MigrationPanel implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private lastHtml: string | undefined;
  private current: vscode.Uri | undefined;
  private readonly statuses = new Map<string, FileStatusParams>();
  /** Checklist per workspace folder path, as last read from disk. */
  private readonly checklists = new Map<string, ReadResult>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly mediaRoot: vscode.Uri;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
    private readonly actions: PanelActions,
    fileStatus: vscode.Event<FileStatusParams>,
  ) {
    this.mediaRoot = vscode.Uri.joinPath(extensionUri, 'media');
    this.follow(vscode.window.activeTextEditor);
    this.subscriptions.push(
      fileStatus((params) => {
        this.statuses.set(params.uri, params);
        if (this.current?.toString() === params.uri) this.post();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.follow(editor)) this.post();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.current && event.uris.some((u) => u.toString() === this.current!.toString())) this.post();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.statuses.delete(document.uri.toString());
        if (this.current?.toString() === document.uri.toString()) {
          this.current = undefined;
          this.post();
        }
      }),
    );
  }

  /** Follows the active editor when it shows Python; keeps the last Python file while focus is elsewhere (the panel itself, the output). */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor) return false;
    const next = editor.document.languageId === 'python' ? editor.document.uri : undefined;
    if (next?.toString() === this.current?.toString()) return false;
    this.current = next;
    return true;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [this.mediaRoot] };
    this.lastHtml = panelHtml({
      cspSource: view.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'panel.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'panel.css')).toString(),
    });
    view.webview.html = this.lastHtml;
    view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw), undefined, this.subscriptions);
    view.onDidChangeVisibility(() => view.visible && this.post(), undefined, this.subscriptions);
    view.onDidDispose(() => {
      if (this.view === view) this.view = undefined;
    });
  }

  /** The members of the extension API (client/src/api.ts). */
  api(): NonNullable<Py3migrateApi['panel']> {
    return {
      model: () => this.model(),
      html: () => this.lastHtml,
      setTick: async (item: ManualItemId, value: boolean) => {
        if (!this.current) throw new Error('no Python file is active');
        await this.tick(this.current, item, value);
      },
      fixCategory: async (category: string) => {
        if (!this.current) throw new Error('no Python file is active');
        if (!isFindingCategory(category)) throw new Error(`no category ${JSON.stringify(category)}`);
        return this.fixCategory(this.current, category);
      },
    };
  }

  model(): PanelViewModel | undefined {
    const uri = this.current;
    if (!uri) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder && uri.scheme === 'file' ? checklistKey(folder.uri.fsPath, uri.fsPath) : undefined;
    let ticks: FileTicks = {};
    let ticksUnavailable: string | undefined;
    if (!folder || !key) {
      ticksUnavailable = 'Ticks are kept per workspace folder: open the file from a folder to tick items.';
    } else {
      const read = this.checklists.get(folder.uri.fsPath);
      if (!read) this.load(folder.uri.fsPath);
      else if (!read.ok) ticksUnavailable = read.problem;
      else ticks = read.checklist.files[key] ?? {};
    }
    const diagnostics: DiagnosticLike[] = vscode.languages.getDiagnostics(uri).map((d) => ({
      source: d.source,
      code: typeof d.code === 'object' ? d.code.value : d.code,
      message: d.message,
      line: d.range.start.line,
      character: d.range.start.character,
      severity: SEVERITIES[d.severity],
    }));
    return buildPanelModel({
      uri: uri.toString(),
      file: key ?? (uri.scheme === 'file' ? uri.fsPath : uri.toString()),
      status: this.statuses.get(uri.toString()),
      diagnostics,
      ticks,
      ticksUnavailable,
    });
  }

  clear(): void {
    this.statuses.clear();
    this.post();
  }

  private post(): void {
    if (!this.view?.visible) return;
    const message: ModelMessage = { type: 'model', model: this.model() ?? null };
    void this.view.webview.postMessage(message);
  }

  /** Reads a folder's checklist (once; again when the file changes on disk, e.g. after git pull). */
  private load(folder: string): void {
    if (this.loading.has(folder)) return;
    if (!this.watchers.has(folder)) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), CHECKLIST_FILE));
      const reload = (): void => {
        this.checklists.delete(folder);
        this.load(folder);
      };
      this.watchers.set(folder, vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload)));
    }
    const loading = readChecklist(folder).then((read) => {
      if (!read.ok) this.output.warn(`py3migrate: ${read.problem} (in ${folder})`);
      this.checklists.set(folder, read);
      this.loading.delete(folder);
      this.post();
    });
    this.loading.set(folder, loading);
  }

  private async tick(uri: vscode.Uri, item: ManualItemId, value: boolean): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder && uri.scheme === 'file' ? checklistKey(folder.uri.fsPath, uri.fsPath) : undefined;
    if (!folder || !key) throw new Error(`${uri.toString()} is not in a workspace folder; ticks are kept per folder`);
    const checklist = await setTick(folder.uri.fsPath, key, item, value);
    this.checklists.set(folder.uri.fsPath, { ok: true, checklist });
    this.post();
  }

  private receive(raw: unknown): void {
    const message = parsePanelMessage(raw);
    if (!message) {
      this.output.warn(`py3migrate: dropped a malformed message from the migration panel (${describeMessage(raw)})`);
      return;
    }
    this.handle(message).catch((error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      this.output.error(`py3migrate: migration panel ${message.type} failed: ${text}`);
      void vscode.window.showErrorMessage(`py3migrate: ${text}`);
    });
  }

  private async handle(message: PanelMessage): Promise<void> {
    if (message.type === 'ready') return this.post();
    if (message.type === 'openGuide') return this.actions.openGuide(message.guide, message.anchor);
    if (message.type === 'openRule') return this.actions.openRuleDocs(message.ruleId);
    // The rest act on a file: only the one the panel shows now (a click may race a switch of editor).
    if (!this.current || message.uri !== this.current.toString()) {
      this.output.info(`py3migrate: ignored a migration panel ${message.type} for a file it no longer shows`);
      return;
    }
    const uri = this.current;
    if (message.type === 'setTick') return this.tick(uri, message.item, message.value);
    if (message.type === 'reveal') return this.reveal(uri, message.line, message.character);
    if (message.type === 'fixCategory') await this.fixCategory(uri, message.category);
  }

  private async reveal(uri: vscode.Uri, line: number, character: number): Promise<void> {
    const position = new vscode.Position(line, character);
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
    const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: column, preserveFocus: false });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async fixCategory(uri: vscode.Uri, category: FindingCategory): Promise<boolean> {
    const result = await this.client.sendRequest(FixCategoryRequest.type, { uri: this.client.code2ProtocolConverter.asUri(uri), category });
    if (!result.edit) {
      void vscode.window.showInformationMessage(`py3migrate: no safe fixes for ${category} in ${path.basename(uri.fsPath || uri.path)}`);
      return false;
    }
    const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the ${category} fixes could not be applied (the file changed?)`);
    return true;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const w of this.watchers.values()) w.dispose();
  }
}
