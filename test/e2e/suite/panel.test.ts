// The migration panel (client/src/panel) through the extension's API (client/src/api.ts): the
// active file's checklist, and manual ticks persisting in .py3migrate/checklist.json.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CHECKLIST_FILE, parseChecklist } from '../../../shared/checklist';
import type { Py3migrateApi } from '../../../client/src/api';
import { extensionApi, fileUri, open, revertAll, waitFor, waitForRule, workspaceRoot } from './helpers';

async function readChecklist(): Promise<ReturnType<typeof parseChecklist>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), ...CHECKLIST_FILE.split('/')));
  return parseChecklist(new TextDecoder().decode(bytes));
}

describe('migration panel', () => {
  let panel: NonNullable<Py3migrateApi['panel']>;

  before(async () => {
    const api = await extensionApi();
    assert.ok(api.panel, 'the API has `panel` (client/src/panel)');
    panel = api.panel;
  });
  afterEach(revertAll);

  it('opens in the py3migrate container', async () => {
    await open('user/models.py');
    await vscode.commands.executeCommand('py3migrate.migrationPanel.focus');
    await waitFor('the panel webview to get its HTML', () => panel.html());
  });

  it("shows the active file's checklist by category", async () => {
    await open('user/models.py');
    await waitForRule(fileUri('user/models.py'), 'backtick-repr');
    const model = await waitFor('the panel model for user/models.py with its findings', () => {
      const m = panel.model();
      return m?.file === 'user/models.py' && m.categories.some((c) => c.findings > 0) && m;
    });
    const byCategory = new Map(model.categories.map((c) => [c.category, c]));
    // print-statement, backtick-repr, long-suffix: syntax; has_key: dicts-iterators.
    assert.equal(byCategory.get('syntax')?.findings, 3, JSON.stringify(model.categories));
    assert.equal(byCategory.get('dicts-iterators')?.findings, 1, JSON.stringify(model.categories));
    assert.equal(byCategory.get('syntax')?.safeFixes, 3, JSON.stringify(model.categories));
    assert.notEqual(model.status, 'python3-only');

    await open('chats/views.py');
    await waitFor('the panel to follow the active editor', () => panel.model()?.file === 'chats/views.py');
  });

  it('keeps a tick in .py3migrate/checklist.json', async () => {
    await open('user/models.py');
    await waitFor('the panel on user/models.py', () => panel.model()?.file === 'user/models.py');
    await panel.setTick('strBytesReviewed', true);
    let read = await readChecklist();
    assert.ok(read.ok, read.ok ? '' : read.problem);
    assert.deepEqual(read.checklist.files['user/models.py'], { strBytesReviewed: true });

    // Another file's tick goes beside it, and the first survives switching files.
    await open('user/views.py');
    await waitFor('the panel on user/views.py', () => panel.model()?.file === 'user/views.py');
    assert.deepEqual(panel.model()?.ticks, {});
    await panel.setTick('divisionReviewed', true);
    await open('user/models.py');
    await waitFor('the tick back on user/models.py', () => panel.model()?.file === 'user/models.py' && panel.model()?.ticks.strBytesReviewed === true);
    read = await readChecklist();
    assert.ok(read.ok);
    assert.deepEqual(read.checklist.files, { 'user/models.py': { strBytesReviewed: true }, 'user/views.py': { divisionReviewed: true } });

    // An edit of the file on disk (a teammate's tick arriving with git pull) reaches the panel.
    const file = vscode.Uri.joinPath(workspaceRoot(), ...CHECKLIST_FILE.split('/'));
    const edited = { version: 1, files: { 'user/models.py': { strBytesReviewed: true, coveredByTests: true } } };
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(edited)));
    await waitFor('the panel to read the edited checklist', () => panel.model()?.ticks.coveredByTests === true);

    await panel.setTick('strBytesReviewed', false);
    read = await readChecklist();
    assert.ok(read.ok);
    assert.deepEqual(read.checklist.files['user/models.py'], { coveredByTests: true });
  });
});
