// Dependency files open in the editor get the same findings as `py3migrate requirements`.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, TestClient } from './lspClient';

describe('lsp: dependency files', function () {
  this.timeout(60000);
  let client: TestClient;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-lsp-req-'));

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ workspaceFolder: folder, settings: () => ({}) });
  });
  after(async () => client.stop());

  it('underlines packages in requirements.txt and updates as the file is edited', async () => {
    const uri = pathToFileURL(path.join(folder, 'requirements.txt')).href;
    await client.open(uri, 'six==1.16.0\nMySQL-python==1.2.5\n', 'pip-requirements');
    const first = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.equal(first.diagnostics.length, 1);
    const [diagnostic] = first.diagnostics;
    assert.equal(diagnostic!.code, 'requirement-never-python3');
    assert.equal(diagnostic!.severity, DiagnosticSeverity.Error);
    assert.deepEqual(diagnostic!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } });
    assert.match(String(diagnostic!.message), /Instead: mysqlclient/);
    assert.match(diagnostic!.codeDescription!.href, /^https:\/\/pypi\.org\//);

    await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, text: 'mysqlclient' }]);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('reads Pipfile and pyproject.toml too, and leaves other text files alone', async () => {
    const pipfile = pathToFileURL(path.join(folder, 'Pipfile')).href;
    await client.open(pipfile, '[packages]\nDjango = "==1.4.22"\n', 'toml');
    const diagnostics = (await client.waitForDiagnostics(pipfile, (p) => p.diagnostics.length > 0)).diagnostics;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['requirement-pinned-before-python3', 1, 0]]);

    const pyproject = pathToFileURL(path.join(folder, 'pyproject.toml')).href;
    await client.open(pyproject, '[project]\nname = "x"\ndependencies = ["enum34"]\n', 'toml');
    const backport = (await client.waitForDiagnostics(pyproject, (p) => p.diagnostics.length > 0)).diagnostics;
    assert.deepEqual(backport.map((d) => [d.code, d.severity]), [['requirement-backport', DiagnosticSeverity.Warning]]);

    // A text file that is not a dependency list gets nothing; the server answers in order, so once
    // the next file's diagnostics arrive, any for notes.txt would have arrived before them.
    const notes = pathToFileURL(path.join(folder, 'notes.txt')).href;
    await client.open(notes, 'MySQL-python==1.2.5\n', 'plaintext');
    const later = pathToFileURL(path.join(folder, 'requirements-dev.txt')).href;
    await client.open(later, 'PIL\n', 'pip-requirements');
    await client.waitForDiagnostics(later, (p) => p.diagnostics.length > 0);
    assert.equal(client.diagnostics.get(notes), undefined);
  });
});
