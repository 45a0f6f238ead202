// The language server and [tool.py3migrate]: the nearest pyproject.toml applies to the files under
// it, settings the user set override it, and a changed pyproject.toml is read again.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { ScanWorkspaceRequest } from '../../shared/protocol';
import { byRule, ensureServerBuilt, TestClient } from './lspClient';

describe('lsp: project config from pyproject.toml', function () {
  this.timeout(60000);
  let client: TestClient;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-lspconfig-'));
  const pyproject = path.join(folder, 'proj', 'pyproject.toml');
  let settings: Record<string, unknown> = {};

  before(async () => {
    ensureServerBuilt();
    fs.mkdirSync(path.join(folder, 'proj', 'pkg', 'generated'), { recursive: true });
    fs.writeFileSync(pyproject, '[tool.py3migrate]\nexclude = ["generated"]\n[tool.py3migrate.rules]\nlong-suffix = "off"\nold-ne-operator = "information"\n');
    client = await TestClient.start({ workspaceFolder: folder, settings: () => settings });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const TEXT = 'x = 10L\nif x <> 3:\n    pass\n';

  it('applies [tool.py3migrate] to files under it, not to others', async () => {
    const inside = pathToFileURL(path.join(folder, 'proj', 'pkg', 'a.py')).href;
    await client.open(inside, TEXT);
    const diagnostics = (await client.waitForVersion(inside, 1)).diagnostics;
    assert.equal(byRule(diagnostics, 'long-suffix').length, 0);
    assert.equal(byRule(diagnostics, 'old-ne-operator')[0]?.severity, 3);

    const outside = pathToFileURL(path.join(folder, 'b.py')).href;
    await client.open(outside, TEXT);
    const plain = (await client.waitForVersion(outside, 1)).diagnostics;
    assert.equal(byRule(plain, 'long-suffix').length, 1);

    const generated = pathToFileURL(path.join(folder, 'proj', 'pkg', 'generated', 'g.py')).href;
    await client.open(generated, TEXT);
    assert.equal((await client.waitForStatus(generated, (s) => s.state === 'excluded')).state, 'excluded');
  });

  it('the workspace scan honours the project config too (excludes, rules)', async () => {
    fs.writeFileSync(path.join(folder, 'proj', 'pkg', 'generated', 'g.py'), TEXT);
    fs.writeFileSync(path.join(folder, 'proj', 'pkg', 'scan.py'), TEXT);
    // A folder right beside the pyproject.toml: the scan asks for the settings of the folder itself.
    fs.mkdirSync(path.join(folder, 'proj', 'generated'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'proj', 'generated', 'top.py'), TEXT);
    const result = await client.connection.sendRequest(ScanWorkspaceRequest.type, { folderUri: pathToFileURL(path.join(folder, 'proj')).href });
    const files = result.files.map((f) => path.relative(path.join(folder, 'proj'), fileURLToPath(f.uri)).split(path.sep).join('/'));
    assert.ok(files.includes('pkg/scan.py'), files.join(', '));
    assert.ok(!files.includes('pkg/generated/g.py'), files.join(', '));
    assert.ok(!files.includes('generated/top.py'), files.join(', '));
    const scanned = result.files.find((f) => f.uri.endsWith('/pkg/scan.py'))!;
    assert.equal(scanned.findings['long-suffix'], undefined);
    assert.equal(scanned.findings['old-ne-operator'], 1);
  });

  it('settings the user set override it (per rule)', async () => {
    const uri = pathToFileURL(path.join(folder, 'proj', 'pkg', 'c.py')).href;
    settings = { rules: { 'long-suffix': 'warning' }, $userSet: ['rules'] };
    await client.changeConfiguration(() => settings);
    await client.open(uri, TEXT);
    const diagnostics = (await client.waitForDiagnostics(uri, (p) => byRule(p.diagnostics, 'long-suffix').length === 1)).diagnostics;
    assert.equal(byRule(diagnostics, 'long-suffix')[0].severity, 2);
    assert.equal(byRule(diagnostics, 'old-ne-operator')[0].severity, 3);
    settings = {};
    await client.changeConfiguration(() => settings);
  });

  it('reads pyproject.toml again when it changes, and reports a bad value naming file and key', async () => {
    const uri = pathToFileURL(path.join(folder, 'proj', 'pkg', 'd.py')).href;
    await client.open(uri, TEXT);
    await client.waitForDiagnostics(uri, (p) => byRule(p.diagnostics, 'long-suffix').length === 0 && byRule(p.diagnostics, 'old-ne-operator').length === 1);
    fs.writeFileSync(pyproject, '[tool.py3migrate]\ntarget = "py4"\n[tool.py3migrate.rules]\nold-ne-operator = "off"\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(pyproject).href, type: FileChangeType.Changed }] });
    const after = await client.waitForDiagnostics(uri, (p) => byRule(p.diagnostics, 'long-suffix').length === 1 && byRule(p.diagnostics, 'old-ne-operator').length === 0);
    assert.equal(byRule(after.diagnostics, 'long-suffix').length, 1);
    const deadline = Date.now() + 5000;
    while (!client.messages.some((m) => m.includes('tool.py3migrate.target')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const message = client.messages.find((m) => m.includes('tool.py3migrate.target'));
    assert.equal(message, `${pyproject}:2: tool.py3migrate.target: expected "compat" or "py3", got "py4"`);
  });
});
