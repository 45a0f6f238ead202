// The server's side of the migration panel: the per-category counts and migration status in
// py3migrate/fileStatus, the py3migrate/fixCategory request, and docs links under the
// initializationOptions the VS Code client sends.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FixCategoryRequest, type FixCategoryResult } from '../../shared/protocol';
import { applyWorkspaceEdit, byRule, ensureServerBuilt, TestClient } from './lspClient';

describe('lsp: migration panel support', function () {
  this.timeout(60000);
  let client: TestClient;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-panel-'));
  let counter = 0;
  const uriFor = (name: string): string => pathToFileURL(path.join(folder, `${++counter}-${name}`)).href;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({
      workspaceFolder: folder,
      settings: () => ({ target: 'py3' }),
      initializationOptions: { bundledDocsUrl: 'vscode://py3migrate.py3migrate/docs/rules/' },
    });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const fixCategory = (uri: string, category: string): Promise<FixCategoryResult> =>
    client.connection.sendRequest(FixCategoryRequest.type, { uri, category } as never);

  it('sends per-category counts, rule categories and the not-started status', async () => {
    const uri = uriFor('counts.py');
    await client.open(uri, 'x = 10L\nif x <> 3:\n    pass\nfor k in d.iterkeys():\n    pass\n');
    const status = await client.waitForStatus(uri, (p) => p.findings > 0);
    assert.equal(status.status, 'not-started');
    assert.equal(status.compatShims, false);
    assert.equal(status.ruleCategories?.['old-ne-operator'], 'syntax');
    assert.equal(status.ruleCategories?.['long-suffix'], 'syntax');
    assert.equal(status.ruleCategories?.['dict-iter-method'], 'dicts-iterators');
    assert.ok(status.categories?.syntax && status.categories.syntax.findings >= 2 && status.categories.syntax.safeFixes >= 2, JSON.stringify(status.categories));
    assert.equal(status.categories?.['dicts-iterators']?.findings, 1);
    const total = Object.values(status.categories ?? {}).reduce((n, c) => n + c.findings, 0);
    assert.equal(total, status.findings);
    assert.equal(status.categories?.division, undefined);
  });

  it('says in-progress, compatible and python3-only from findings and shims', async () => {
    const a = uriFor('progress.py');
    await client.open(a, 'from __future__ import print_function\nx = 10L\n');
    assert.equal((await client.waitForStatus(a)).status, 'in-progress');
    const b = uriFor('compatible.py');
    await client.open(b, 'import six\nx = 10\n');
    const compatible = await client.waitForStatus(b);
    assert.equal(compatible.status, 'compatible');
    assert.equal(compatible.findings, 0);
    assert.deepEqual(compatible.categories, {});
    const c = uriFor('py3.py');
    await client.open(c, 'from __future__ import annotations\nx = 10\n');
    assert.equal((await client.waitForStatus(c)).status, 'python3-only');
    // The status follows edits: the last finding fixed turns in-progress into compatible.
    const version = await client.change(a, [{ range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } }, text: '' }]);
    await client.waitForVersion(a, version);
    assert.equal((await client.waitForStatus(a, (p) => p.findings === 0)).status, 'compatible');
  });

  it('fixCategory returns the safe fixes of that category only', async () => {
    const uri = uriFor('fix.py');
    const text = 'x = 10L\nif x <> 3:\n    pass\nfor k in d.iterkeys():\n    pass\n';
    await client.open(uri, text);
    await client.waitForVersion(uri, 1);
    const syntax = await fixCategory(uri, 'syntax');
    assert.ok(syntax.edit);
    assert.ok(syntax.fixable >= 2);
    assert.equal(applyWorkspaceEdit(uri, text, syntax.edit), 'x = 10\nif x != 3:\n    pass\nfor k in d.iterkeys():\n    pass\n');
    const dicts = await fixCategory(uri, 'dicts-iterators');
    assert.ok(dicts.edit);
    assert.equal(applyWorkspaceEdit(uri, text, dicts.edit), 'x = 10L\nif x <> 3:\n    pass\nfor k in d.keys():\n    pass\n');
    // Nothing in the category, or a document the server does not have: no edit.
    assert.deepEqual(await fixCategory(uri, 'division'), { edit: null, fixable: 0 });
    assert.deepEqual(await fixCategory(uriFor('not-open.py'), 'syntax'), { edit: null, fixable: 0 });
  });

  it('links diagnostics to the bundled docs URL the client gave', async () => {
    const uri = uriFor('links.py');
    await client.open(uri, 'if 1 <> 2:\n    pass\n');
    const [ne] = byRule((await client.waitForVersion(uri, 1)).diagnostics, 'old-ne-operator');
    assert.equal(ne.codeDescription?.href, 'vscode://py3migrate.py3migrate/docs/rules/old-ne-operator.md');
  });
});
