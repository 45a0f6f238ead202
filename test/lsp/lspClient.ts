// A minimal LSP client for tests and the benchmark: starts the BUILT server (dist/server.js)
// over stdio, answers workspace/configuration from a per-URI settings function, and lets a
// test wait for the diagnostics of a given document version instead of sleeping.

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileStatusNotification, type FileStatusParams } from '../../shared/protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Builds dist/server.js when it is missing or older than any source it bundles. */
export function ensureServerBuilt(): void {
  const newest = (dir: string): number => {
    let latest = 0;
    if (!fs.existsSync(dir)) return latest;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }
    return latest;
  };
  const sources = Math.max(newest(path.join(ROOT, 'server', 'src')), newest(path.join(ROOT, 'shared')));
  if (fs.existsSync(SERVER) && fs.statSync(SERVER).mtimeMs >= sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export type SettingsFor = (scopeUri: string | undefined) => unknown;

export interface StartOptions {
  settings?: SettingsFor;
  workspaceFolder?: string;
  /** Extra arguments for the server (default `--stdio`). */
  args?: string[];
  /** Announce codeAction/resolve support for 'edit', as VS Code does. */
  resolveSupport?: boolean;
  /** Sent as `initializationOptions` (the VS Code client sends its bundled docs URL). */
  initializationOptions?: unknown;
}

interface Waiter {
  uri: string;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly statuses = new Map<string, FileStatusParams>();
  readonly messages: string[] = [];
  readonly logs: string[] = [];
  private waiters: Waiter[] = [];
  private statusWaiters: { uri: string; predicate: (p: FileStatusParams) => boolean; resolve: (p: FileStatusParams) => void }[] = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, TextDocument>();
  settings: SettingsFor;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: SettingsFor,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, ...(options.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr?.on('data', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options.settings ?? (() => ({})));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'py3migrate' ? client.settings(item.scopeUri) : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.diagnostics.set(params.uri, params);
      const ready = client.waiters.filter((w) => w.uri === params.uri && w.predicate(params));
      client.waiters = client.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(params);
    });
    connection.onNotification(FileStatusNotification.type, (params) => {
      client.statuses.set(params.uri, params);
      const ready = client.statusWaiters.filter((w) => w.uri === params.uri && w.predicate(params));
      client.statusWaiters = client.statusWaiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(params);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      client.messages.push(params.message);
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      client.logs.push(params.message);
    });
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      client.messages.push(params.message);
      return null;
    });
    connection.listen();
    const folder = options.workspaceFolder;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, workspaceEdit: { documentChanges: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            dataSupport: true,
            ...(options.resolveSupport ? { resolveSupport: { properties: ['edit'] } } : {}),
          },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the first diagnostics for `uri` (already received or future) that satisfy `predicate`. */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && predicate(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(this.diagnostics.get(uri)?.version)})`)), timeoutMs);
      this.waiters.push({ uri, predicate, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Resolves with the first file status for `uri` (already received or future) that satisfies `predicate`. */
  waitForStatus(uri: string, predicate: (p: FileStatusParams) => boolean = () => true, timeoutMs = 20000): Promise<FileStatusParams> {
    const current = this.statuses.get(uri);
    if (current && predicate(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching py3migrate/fileStatus for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.statusWaiters.push({ uri, predicate, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Diagnostics published for exactly this version of the document. */
  waitForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  text(uri: string): string {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.getText();
  }

  async open(uri: string, text: string, languageId = 'python'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    this.diagnostics.delete(uri);
    this.statuses.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const doc = this.texts.get(uri)!;
    this.texts.set(uri, TextDocument.update(doc, changes as TextDocumentContentChangeEvent[], version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a workspace edit to an open document the way an editor would (incremental didChange); returns the new version. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    const edits = editsFor(uri, edit);
    // LSP text edits all refer to the original text: send them back to front so each range stays valid.
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context }) as Promise<CodeAction[]>;
  }

  resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.connection.sendRequest(CodeActionResolveRequest.type, action);
  }

  async changeConfiguration(settings: SettingsFor): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill();
          resolve();
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export function editsFor(uri: string, edit: WorkspaceEdit): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  const out: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
  }
  return out;
}

/** The text after applying a workspace edit to `text` (as the editor would). */
export function applyWorkspaceEdit(uri: string, text: string, edit: WorkspaceEdit): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'python', 0, text), editsFor(uri, edit));
}

export function byRule(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === ruleId);
}
