// The workspace scan and the progress view (client/src/workspace) through the extension's API.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, fileUri, py3migrateDiagnostics, revertAll, waitForRule } from './helpers';

/** The number of py3migrate diagnostics of the files, once each shows a rule it is known to have. */
async function editorFindings(files: Record<string, string>): Promise<number> {
  let total = 0;
  for (const [file, rule] of Object.entries(files)) {
    await vscode.workspace.openTextDocument(fileUri(file));
    await waitForRule(fileUri(file), rule);
    total += py3migrateDiagnostics(fileUri(file)).length;
  }
  return total;
}

describe('workspace progress', () => {
  afterEach(revertAll);

  it('the scan fills the progress view with the folders', async () => {
    const api = await extensionApi();
    assert.ok(api.workspace, 'the API has `workspace` (client/src/workspace)');
    await vscode.commands.executeCommand('py3migrate.workspaceProgress.focus');
    await api.workspace.scan();
    const rows = api.workspace.folders();
    const byFolder = new Map(rows.map((r) => [r.folder, r]));
    const summary = JSON.stringify(rows);
    // The fixture: manage.py at the root; user/ and chats/ with __init__.py, models.py, views.py.
    const user = byFolder.get('user');
    const chats = byFolder.get('chats');
    assert.ok(user && chats, `rows for user and chats: ${summary}`);
    assert.equal(user.files, 3, summary);
    assert.equal(chats.files, 3, summary);
    // The scan counts what the editor reports for the same files.
    assert.equal(user.findings, await editorFindings({ 'user/models.py': 'backtick-repr', 'user/views.py': 'old-ne-operator' }), summary);
    assert.equal(chats.findings, await editorFindings({ 'chats/models.py': 'old-ne-operator', 'chats/views.py': 'dict-iter-method' }), summary);
    assert.ok(user.cleanFiles >= 1 && chats.cleanFiles >= 1, `the empty __init__.py files are clean: ${summary}`);
  });

  it('py3migrate.scanWorkspace runs the same scan', async () => {
    const api = await extensionApi();
    assert.ok(api.workspace);
    await vscode.commands.executeCommand('py3migrate.scanWorkspace');
    assert.ok(api.workspace.folders().some((r) => r.folder === 'chats'));
  });
});
