// Shared by the integration tests: the workspace's files, polling, and the extension's API.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Py3migrateApi } from '../../../client/src/api';

export const EXTENSION_ID = 'py3migrate.py3migrate';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opens the fixture workspace as a folder');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns something other than undefined/false, or fails saying what it waited for. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function py3migrateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'py3migrate');
}

export function ruleIds(uri: vscode.Uri): string[] {
  return py3migrateDiagnostics(uri).map((d) => ruleId(d) ?? '?').sort();
}

/** Waits until the file's py3migrate diagnostics include (or, with `absent`, no longer include) `rule`. */
export async function waitForRule(uri: vscode.Uri, rule: string, state: 'present' | 'absent' = 'present', timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${rule} ${state} in ${vscode.workspace.asRelativePath(uri)} (now: ${ruleIds(uri).join(', ') || 'none'})`, () => {
    const diagnostics = py3migrateDiagnostics(uri);
    const has = diagnostics.some((d) => ruleId(d) === rule);
    return (state === 'present' ? has : !has) && diagnostics;
  }, timeoutMs);
}

export async function extensionApi(): Promise<Py3migrateApi> {
  const extension = vscode.extensions.getExtension<Py3migrateApi | undefined>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is loaded from extensionDevelopmentPath`);
  const api = await extension.activate();
  assert.ok(api, 'activate() returns the API of client/src/api.ts');
  return api;
}

/** Puts every edited document back to its text on disk, so tests do not see each other's edits. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  assert.ok(action.edit || action.command, `"${action.title}" has an edit or a command`);
}
