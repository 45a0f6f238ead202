// The workspace scan (py3migrate/scanWorkspace) and "fix rule in folder" (py3migrate/fixRuleInFolder)
// against the built server over stdio, on a temporary tree laid out like a project converted app by
// app. Assertions look at old-ne-operator and long-suffix only, so other rules firing do not matter.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ProgressType, WorkDoneProgress, type TextDocumentEdit, type TextEdit, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FixRuleInFolderRequest, ScanWorkspaceRequest, type ScannedFile, type ScanWorkspaceResult } from '../../shared/protocol';
import { ensureServerBuilt, TestClient } from './lspClient';

const NE = 'old-ne-operator';
const LONG = 'long-suffix';

const TREE: Record<string, string | Buffer> = {
  'user/models.py': 'x = 10L\nif x <> 3:\n    pass\n',
  'user/views.py': 'x = 1\n',
  'chats/rooms.py': 'if a <> b:\n    pass\nc = 1\n\nif c <> d:\n    pass\n',
  'chats/sub/clean.py': 'y = 2\n',
  'ml_pipeline/train.py': 'y = 5L\n',
  'ml_pipeline/ignored.py': 'y = 5L  # py3migrate: ignore[long-suffix]\n',
  'vendor/lib.py': 'z = 1L\n',
  '.venv/lib/site.py': 'z = 1L\n',
  'latin.py': Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0xff, 0xfe, 0x27, 0x0a]),
  'notes.txt': 'x <> y\n',
};

describe('lsp: workspace scan and fix rule in folder', function () {
  this.timeout(60000);
  let client: TestClient;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-ws-'));
  const folderUri = pathToFileURL(folder).href;
  const uriOf = (relative: string): string => pathToFileURL(path.join(folder, relative)).href;

  before(async () => {
    for (const [relative, content] of Object.entries(TREE)) {
      fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
      fs.writeFileSync(path.join(folder, relative), content);
    }
    for (let i = 0; i < 150; i++) {
      fs.mkdirSync(path.join(folder, 'many'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'many', `m${String(i).padStart(3, '0')}.py`), 'if a <> b:\n    pass\n'.repeat(20));
    }
    ensureServerBuilt();
    client = await TestClient.start({ workspaceFolder: folder, settings: () => ({ exclude: ['vendor'] }) });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Runs a scan with a work-done token and collects the $/progress notifications sent on it. */
  async function scan(params: { folderUri: string; files?: string[] }, cancelAfterReports?: number): Promise<{ result: ScanWorkspaceResult; progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] }> {
    const token = `scan-${Math.random().toString(36).slice(2)}`;
    const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[] = [];
    const source = new CancellationTokenSource();
    const listener = client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      progress.push(value);
      if (cancelAfterReports !== undefined && progress.filter((p) => p.kind === 'report').length === cancelAfterReports) source.cancel();
    });
    try {
      const result = await client.connection.sendRequest(ScanWorkspaceRequest.type, { ...params, workDoneToken: token }, source.token);
      // The end notification is sent before the response; give the stream a moment to deliver it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { result, progress };
    } finally {
      listener.dispose();
    }
  }

  const byPath = (files: ScannedFile[], p: string): ScannedFile => {
    const file = files.find((f) => f.path === p);
    assert.ok(file, `${p} not in ${JSON.stringify(files.map((f) => f.path))}`);
    return file;
  };

  it('scans a folder: counts per rule and fixable per file, excludes, unreadable files, progress', async () => {
    const { result, progress } = await scan({ folderUri });
    assert.equal(result.cancelled, false);
    const paths = result.files.map((f) => f.path);
    assert.ok(!paths.some((p) => p.startsWith('vendor/') || p.startsWith('.venv/') || p.endsWith('.txt')), JSON.stringify(paths));
    assert.equal(paths.length, 7 + 150);
    assert.deepEqual(paths, [...paths].sort());

    const models = byPath(result.files, 'user/models.py');
    assert.equal(models.uri, uriOf('user/models.py'));
    assert.equal(models.findings[NE], 1);
    assert.equal(models.findings[LONG], 1);
    assert.equal(models.safeFixable[NE], 1);
    assert.deepEqual(models.first[NE], { line: 1, character: 5 });
    assert.equal(byPath(result.files, 'chats/rooms.py').findings[NE], 2);
    assert.deepEqual(byPath(result.files, 'user/views.py').findings, {});
    assert.deepEqual(byPath(result.files, 'chats/sub/clean.py').findings, {});
    assert.equal(byPath(result.files, 'ml_pipeline/train.py').findings[LONG], 1);
    assert.equal(byPath(result.files, 'ml_pipeline/ignored.py').findings[LONG], undefined, 'ignore comments apply as in the editor');
    assert.match(byPath(result.files, 'latin.py').unreadable ?? '', /./);

    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress[progress.length - 1].kind, 'end');
    const reports = progress.filter((p): p is WorkDoneProgressReport => p.kind === 'report');
    assert.ok(reports.length >= 100, `one report per percent at least: ${reports.length}`);
    assert.ok(reports.every((r, i) => i === 0 || (r.percentage ?? 0) >= (reports[i - 1].percentage ?? 0)), 'percentages never go down');
    assert.ok(reports.some((r) => /^chats\/rooms\.py \(\d+\/157\)$/.test(r.message ?? '')), JSON.stringify(reports.slice(0, 3)));
  });

  it('streams the files in batches on a partial-result token; the result holds the rest', async () => {
    const full = (await scan({ folderUri })).result.files;
    const partialResultToken = `partial-${Math.random().toString(36).slice(2)}`;
    const batches: ScannedFile[][] = [];
    let answered = false;
    const listener = client.connection.onProgress(new ProgressType<ScannedFile[]>(), partialResultToken, (batch) => {
      assert.equal(answered, false, 'batches come before the response');
      batches.push(batch);
    });
    try {
      // 157 files: at least one batch of 100 whatever the machine's speed.
      const result = await client.connection.sendRequest(ScanWorkspaceRequest.type, { folderUri, partialResultToken });
      answered = true;
      assert.ok(batches.length >= 1, 'at least one batch streamed');
      assert.deepEqual([...batches.flat(), ...result.files], full);
    } finally {
      listener.dispose();
    }
  });

  it('scans only the named files, and an open document by its current text', async () => {
    const uri = uriOf('user/views.py');
    await client.open(uri, 'x = 1 <> 2\ny = 3 <> 4\n');
    await client.waitForVersion(uri, 1);
    const { result } = await scan({ folderUri: uriOf('user'), files: [uri, uriOf('user/models.py'), uriOf('chats/rooms.py')] });
    assert.deepEqual(result.files.map((f) => f.path), ['views.py', 'models.py'], 'paths relative to the scanned folder; files outside it dropped');
    assert.equal(result.files[0].findings[NE], 2);
    await client.close(uri);
  });

  it('stops between files when cancelled and answers with the files done so far', async () => {
    const { result, progress } = await scan({ folderUri: uriOf('many') }, 3);
    assert.equal(result.cancelled, true);
    assert.ok(result.files.length > 0 && result.files.length < 150, `${result.files.length} files`);
    assert.equal(progress[progress.length - 1].kind, 'end');
  });

  it('keeps answering the editor while it scans', async () => {
    const uri = uriOf('chats/typing.py');
    let scanDone = false;
    const scanning = scan({ folderUri: uriOf('many') }).finally(() => (scanDone = true));
    await client.open(uri, 'a <> b\n');
    const diagnostics = await client.waitForVersion(uri, 1);
    assert.equal(scanDone, false, 'diagnostics for the opened file came before the scan ended');
    const { result } = await scanning;
    assert.equal(diagnostics.diagnostics.filter((d) => d.code === NE).length, 1);
    assert.ok(result.files.length === 150);
    await client.close(uri);
  });

  it('fixRuleInFolder: safe fixes of one rule for every file of the folder, open documents by version', async () => {
    const openUri = uriOf('chats/rooms.py');
    const openText = 'if a <> b:\n    x = 1L\nif c <> d:\n    pass\n';
    await client.open(openUri, openText);
    await client.waitForVersion(openUri, 1);
    try {
      const result = await client.connection.sendRequest(FixRuleInFolderRequest.type, { folderUri: uriOf('chats'), ruleId: NE });
      assert.equal(result.files, 1);
      assert.equal(result.fixes, 2);
      const changes = result.edit.documentChanges as TextDocumentEdit[];
      assert.equal(changes.length, 1);
      assert.deepEqual(changes[0].textDocument, { uri: openUri, version: 1 });
      assert.equal(changes[0].edits.length, 2, 'one edit per changed line run, for the refactor preview');
      const after = TextDocument.applyEdits(TextDocument.create(openUri, 'python', 1, openText), changes[0].edits as TextEdit[]);
      assert.equal(after, 'if a != b:\n    x = 1L\nif c != d:\n    pass\n', 'only the chosen rule is fixed');
      // The file on disk is not touched: the client applies the edit.
      assert.equal(fs.readFileSync(path.join(folder, 'chats/rooms.py'), 'utf8'), TREE['chats/rooms.py']);
    } finally {
      await client.close(openUri);
    }

    const closed = await client.connection.sendRequest(FixRuleInFolderRequest.type, { folderUri: uriOf('user'), ruleId: LONG });
    const [change] = closed.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: uriOf('user/models.py'), version: null });
    assert.equal(TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'python', 0, TREE['user/models.py'] as string), change.edits as TextEdit[]), 'x = 10\nif x <> 3:\n    pass\n');
  });

  it('fixRuleInFolder: an opt-in rule is fixed only where the settings turn it on', async () => {
    const file = path.join(folder, 'optin', 'sets.py');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 's = set([1, 2])\n');
    const params = { folderUri: uriOf('optin'), ruleId: 'set-literal' };
    assert.equal((await client.connection.sendRequest(FixRuleInFolderRequest.type, params)).files, 0);
    const before = client.settings;
    await client.changeConfiguration(() => ({ exclude: ['vendor'], rules: { 'set-literal': 'warning' } }));
    try {
      assert.equal((await client.connection.sendRequest(FixRuleInFolderRequest.type, params)).files, 1);
    } finally {
      await client.changeConfiguration(before);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('fixRuleInFolder: nothing for an unknown rule or a folder outside file:', async () => {
    const unknown = await client.connection.sendRequest(FixRuleInFolderRequest.type, { folderUri, ruleId: 'no-such-rule' });
    assert.equal(unknown.files, 0);
    const notFile = await client.connection.sendRequest(FixRuleInFolderRequest.type, { folderUri: 'untitled:x', ruleId: NE });
    assert.equal(notFile.files, 0);
  });
});
