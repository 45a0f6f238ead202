// The VS Code extension: a thin client. It starts the language server (dist/server.js), which owns
// all analysis and fixing, and shows what the server reports about the active file. Settings reach
// the server through `workspace/configuration`; this file never reads them itself.

import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { FileStatusNotification, type FileStatusParams, type Py3migrateInitializationOptions } from '../../shared/protocol';
import type { Py3migrateApi } from './api';
import { configurationMiddleware } from './configuration';
import { registerPanel } from './panel';
import { registerWorkspaceProgress } from './workspace';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Py3migrateApi> {
  // What activate() returns; each feature adds its member below (api.panel, api.workspace).
  const api: Py3migrateApi = {};
  // A log channel lets the user pick the level; `py3migrate.trace.server` adds the LSP message trace to it.
  const output = vscode.window.createOutputChannel('py3migrate', { log: true });
  context.subscriptions.push(output);

  const status = new FileStatusView();
  context.subscriptions.push(status);

  client = createClient(context, output);
  // One handler per notification method: features listen to this event instead.
  const fileStatus = new vscode.EventEmitter<FileStatusParams>();
  context.subscriptions.push(
    fileStatus,
    fileStatus.event((params) => status.update(params)),
    client.onNotification(FileStatusNotification.type, (params) => fileStatus.fire(params)),
  );
  const panel = registerPanel(context, client, output, fileStatus.event);
  api.panel = panel;
  api.workspace = registerWorkspaceProgress(context, () => client, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('py3migrate.restartServer', async () => {
      if (!client) return;
      output.info('Restarting the py3migrate language server');
      status.clear();
      panel.clear();
      await client.restart();
    }),
    vscode.commands.registerCommand('py3migrate.showOutput', () => output.show(true)),
  );

  try {
    await client.start();
  } catch (error) {
    output.error(`The py3migrate language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage('py3migrate: the language server did not start. See the py3migrate output for details.');
  }
  return api;
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  if (stopping) await stopping.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const pyprojectWatcher = vscode.workspace.createFileSystemWatcher('**/pyproject.toml');
  context.subscriptions.push(pyprojectWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
      // Dependency files: the server flags packages that stand in the way of Python 3.
      { scheme: 'file', pattern: '**/requirements*.{txt,in}' },
      { scheme: 'file', pattern: '**/requirements/*.{txt,in}' },
      { scheme: 'file', pattern: '**/{setup.cfg,Pipfile,pyproject.toml}' },
    ],
    // pyproject.toml's [tool.py3migrate] is the project config: the server reads it again when one changes.
    synchronize: { configurationSection: 'py3migrate', fileEvents: pyprojectWatcher },
    // Tells the server which settings the user set, so they override pyproject.toml and defaults do not.
    middleware: { workspace: configurationMiddleware },
    outputChannel: output,
    // Without py3migrate.docs.baseUrl, diagnostics link to the bundled pages through the URI handler (client/src/panel/docLinks.ts).
    initializationOptions: { bundledDocsUrl: `${vscode.env.uriScheme}://${context.extension.id}/docs/rules/` } satisfies Py3migrateInitializationOptions,
  };
  // The id 'py3migrate' makes the client honour the `py3migrate.trace.server` setting.
  return new LanguageClient('py3migrate', 'py3migrate', serverOptions, clientOptions);
}

/**
 * The language status item for Python files: findings and fixable count of the active file,
 * as the server last reported them (it sends py3migrate/fileStatus with every diagnostics update).
 */
class FileStatusView implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('py3migrate.fileStatus', [
    { scheme: 'file', language: 'python' },
    { scheme: 'untitled', language: 'python' },
  ]);
  private readonly byUri = new Map<string, FileStatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'py3migrate';
    this.item.command = { title: 'Show output', command: 'py3migrate.showOutput' };
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    );
    this.render();
  }

  update(params: FileStatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  clear(): void {
    this.byUri.clear();
    this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const params = document ? this.byUri.get(document.uri.toString()) : undefined;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.busy = false;
    if (!params) {
      this.item.text = 'py3migrate';
      this.item.detail = document?.languageId === 'python' ? 'waiting for the language server' : undefined;
      this.item.busy = document?.languageId === 'python';
      return;
    }
    if (params.state === 'excluded') {
      this.item.text = 'py3migrate: excluded';
      this.item.detail = 'matches py3migrate.exclude';
      return;
    }
    if (params.state === 'tooLarge') {
      this.item.text = 'py3migrate: not checked';
      this.item.detail = 'larger than py3migrate.maxFileSize';
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      return;
    }
    if (params.findings === 0) {
      this.item.text = '$(check) py3migrate: no Python 2-only code';
      this.item.detail = undefined;
      return;
    }
    this.item.text = `py3migrate: ${plural(params.findings, 'finding')}, ${params.fixable} fixable`;
    this.item.detail = 'Python 2-only code in this file';
    this.item.severity = vscode.LanguageStatusSeverity.Warning;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
