// The built language server (dist/server.js) driven over stdio as an editor would drive it.
// Assertions look at the old-ne-operator and long-suffix rules only, so other rules firing on
// the same text do not break them.

import { strict as assert } from 'node:assert';
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DiagnosticSeverity,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { applyWorkspaceEdit, byRule, editsFor, ensureServerBuilt, SERVER, TestClient } from './lspClient';

const NE = 'old-ne-operator';
const LONG = 'long-suffix';

describe('lsp: server over stdio', function () {
  this.timeout(60000);
  let client: TestClient;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-lsp-'));
  const settingsByUri = new Map<string, unknown>();
  let counter = 0;
  const uriFor = (name: string): string => pathToFileURL(path.join(folder, `${++counter}-${name}`)).href;

  before(async () => {
    ensureServerBuilt();
    client = await TestClient.start({ workspaceFolder: folder, settings: (uri) => (uri ? settingsByUri.get(uri) : undefined) ?? {} });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function openAndWait(uri: string, text: string): Promise<Diagnostic[]> {
    await client.open(uri, text);
    return (await client.waitForVersion(uri, 1)).diagnostics;
  }

  async function actionsFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const diagnostics = client.diagnostics.get(uri)?.diagnostics ?? [];
    return client.codeActions(uri, diagnostic.range, { diagnostics: diagnostics.filter((d) => sameRange(d, diagnostic)), only });
  }

  it('publishes diagnostics with rule code, docs link, source, severity and fix data on open', async () => {
    const uri = uriFor('open.py');
    const diagnostics = await openAndWait(uri, 'x = 10L\nif x <> 3:\n    pass\n');
    const [long] = byRule(diagnostics, LONG);
    const [ne] = byRule(diagnostics, NE);
    assert.deepEqual(long.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } });
    assert.deepEqual(ne.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 7 } });
    assert.equal(ne.source, 'py3migrate');
    assert.equal(ne.severity, DiagnosticSeverity.Error);
    assert.match(ne.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/old-ne-operator\.md$/);
    const data = ne.data as { ruleId: string; fix: { title: string; safety: string; edits: unknown[] } };
    assert.equal(data.ruleId, NE);
    assert.equal(data.fix.title, 'Replace `<>` with `!=`');
    assert.equal(data.fix.safety, 'safe');
    assert.deepEqual(data.fix.edits, [{ range: ne.range, newText: '!=' }]);
    const status = await client.waitForStatus(uri);
    assert.equal(status.findings, diagnostics.length);
    assert.ok(status.fixable >= 2);
  });

  it('keeps diagnostics at the right positions through incremental changes', async () => {
    const uri = uriFor('change.py');
    await openAndWait(uri, 'x = 10L\nif x <> 3:\n    pass\n');
    // A new first line shifts everything down and adds a finding.
    let version = await client.change(uri, [{ range: range(0, 0, 0, 0), text: 'y = 1 <> 2\n' }]);
    let diagnostics = (await client.waitForVersion(uri, version)).diagnostics;
    assert.deepEqual(byRule(diagnostics, NE).map((d) => d.range.start), [{ line: 0, character: 6 }, { line: 2, character: 5 }]);
    assert.deepEqual(byRule(diagnostics, LONG).map((d) => d.range.start), [{ line: 1, character: 4 }]);
    // Delete the `L`: the long-suffix finding goes, the others stay put.
    version = await client.change(uri, [{ range: range(1, 6, 1, 7), text: '' }]);
    diagnostics = (await client.waitForVersion(uri, version)).diagnostics;
    assert.equal(byRule(diagnostics, LONG).length, 0);
    assert.equal(byRule(diagnostics, NE).length, 2);
    // Two changes in one notification (multi-cursor): fix one `<>`, add a `10L` at the end.
    version = await client.change(uri, [
      { range: range(2, 5, 2, 7), text: '!=' },
      { range: range(4, 0, 4, 0), text: 'z = 5L\n' },
    ]);
    diagnostics = (await client.waitForVersion(uri, version)).diagnostics;
    assert.deepEqual(byRule(diagnostics, NE).map((d) => d.range.start), [{ line: 0, character: 6 }]);
    assert.deepEqual(byRule(diagnostics, LONG).map((d) => d.range), [range(4, 4, 4, 6)]);
    assert.equal(client.text(uri), 'y = 1 <> 2\nx = 10\nif x != 3:\n    pass\nz = 5L\n');
  });

  it('offers the quick fix, preferred, and it produces the expected text', async () => {
    const uri = uriFor('quickfix.py');
    const text = 'a = 1\nif a <> 2:\n    pass\n';
    const [ne] = byRule(await openAndWait(uri, text), NE);
    const actions = await actionsFor(uri, ne);
    const fix = actions.find((a) => a.title === 'Replace `<>` with `!=`');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(applyWorkspaceEdit(uri, text, fix.edit!), 'a = 1\nif a != 2:\n    pass\n');
  });

  it('offers "Fix all <rule> problems" and a minimal fix-all source action with safe fixes', async () => {
    const uri = uriFor('fixall.py');
    const text = 'import os\n\nif 1 <> 2:\n    x = 3L\nwhile x <> 4L:\n    pass\n';
    const [ne] = byRule(await openAndWait(uri, text), NE);
    const quickFixes = await actionsFor(uri, ne);
    const ruleAll = quickFixes.find((a) => a.title === `Fix all ${NE} problems in this file`);
    assert.ok(ruleAll);
    assert.equal(applyWorkspaceEdit(uri, text, ruleAll.edit!), 'import os\n\nif 1 != 2:\n    x = 3L\nwhile x != 4L:\n    pass\n');

    const source = await client.codeActions(uri, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(source.length, 1);
    assert.equal(source[0].kind, 'source.fixAll.py3migrate');
    assert.equal(applyWorkspaceEdit(uri, text, source[0].edit!), 'import os\n\nif 1 != 2:\n    x = 3\nwhile x != 4:\n    pass\n');
    // A minimal edit: it starts at the first change, not at the top of the file.
    const [edit] = editsFor(uri, source[0].edit!);
    assert.equal(edit.range.start.line, 2);
    assert.ok(edit.newText.length < text.length - 10);
    // Plain quick-fix requests do not carry the source action, and vice versa.
    assert.ok(!quickFixes.some((a) => a.kind === 'source.fixAll.py3migrate'));
    const sourceOnly = await actionsFor(uri, ne, ['source.fixAll.py3migrate']);
    assert.deepEqual(sourceOnly.map((a) => a.kind), ['source.fixAll.py3migrate']);
  });

  it('adds an ignore comment, extends an existing one, and the finding goes away', async () => {
    const uri = uriFor('ignore.py');
    const text = 'if a <> b:\n    pass\nx = 1 <> 2L  # py3migrate: ignore[long-suffix]\n';
    const diagnostics = await openAndWait(uri, text);
    assert.equal(byRule(diagnostics, LONG).length, 0);
    const [first, second] = byRule(diagnostics, NE);

    const ignore = (await actionsFor(uri, first)).find((a) => a.title === `Ignore ${NE} on this line`);
    assert.ok(ignore);
    assert.equal(applyWorkspaceEdit(uri, text, ignore.edit!).split('\n')[0], 'if a <> b:  # py3migrate: ignore[old-ne-operator]');
    let version = await client.applyEdit(uri, ignore.edit!);
    let after = (await client.waitForVersion(uri, version)).diagnostics;
    assert.deepEqual(byRule(after, NE).map((d) => d.range.start.line), [2]);

    const extend = (await actionsFor(uri, { ...second, range: byRule(after, NE)[0].range })).find((a) => a.title === `Ignore ${NE} on this line`);
    assert.ok(extend);
    version = await client.applyEdit(uri, extend.edit!);
    after = (await client.waitForVersion(uri, version)).diagnostics;
    assert.equal(byRule(after, NE).length, 0);
    assert.equal(client.text(uri).split('\n')[2], 'x = 1 <> 2L  # py3migrate: ignore[long-suffix, old-ne-operator]');
  });

  it('applies per-rule settings: off and a different severity', async () => {
    const uri = uriFor('rules.py');
    settingsByUri.set(uri, { rules: { [NE]: 'off', [LONG]: 'warning' } });
    const diagnostics = await openAndWait(uri, 'if 1 <> 2L:\n    pass\n');
    assert.equal(byRule(diagnostics, NE).length, 0);
    assert.deepEqual(byRule(diagnostics, LONG).map((d) => d.severity), [DiagnosticSeverity.Warning]);
    // The fix-all source action leaves a rule that is off alone.
    const [action] = await client.codeActions(uri, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(applyWorkspaceEdit(uri, client.text(uri), action.edit!), 'if 1 <> 2:\n    pass\n');
  });

  it('offers the fix of the configured target, and follows didChangeConfiguration', async function () {
    // old-ne-operator and long-suffix fix the same way for both targets; print-statement differs
    // (compat adds `from __future__ import print_function`) when that rule is present.
    const uri = uriFor('target.py');
    settingsByUri.set(uri, { target: 'compat' });
    const text = 'print "hi", 1 <> 2\n';
    const compat = byRule(await openAndWait(uri, text), 'print-statement');
    if (compat.length === 0) this.skip();
    const compatFix = (compat[0].data as { fix: { imports?: unknown[] } }).fix;
    assert.ok(compatFix.imports?.length);
    const compatAction = (await actionsFor(uri, compat[0])).find((a) => a.isPreferred);
    assert.ok(compatAction);
    assert.match(applyWorkspaceEdit(uri, text, compatAction.edit!), /from __future__ import print_function\n/);

    settingsByUri.set(uri, { target: 'py3' });
    const seen = client.diagnostics.get(uri);
    await client.changeConfiguration(client.settings);
    const py3 = byRule((await client.waitForDiagnostics(uri, (p) => p !== seen)).diagnostics, 'print-statement');
    const py3Fix = (py3[0].data as { fix: { imports?: unknown[] } }).fix;
    assert.equal(py3Fix.imports, undefined);
    const py3Action = (await actionsFor(uri, py3[0])).find((a) => a.isPreferred);
    assert.ok(py3Action);
    assert.doesNotMatch(applyWorkspaceEdit(uri, text, py3Action.edit!), /__future__/);
  });

  it('links diagnostics to py3migrate.docs.baseUrl when it is set', async () => {
    const uri = uriFor('docs.py');
    settingsByUri.set(uri, { docs: { baseUrl: 'https://wiki.example.com/py3/rules' } });
    const [ne] = byRule(await openAndWait(uri, 'x = 1 <> 2\n'), NE);
    assert.equal(ne.codeDescription?.href, 'https://wiki.example.com/py3/rules/old-ne-operator.md');
  });

  it('leaves a many-edit fix out of the diagnostic data and still offers it as a quick fix', async function () {
    const uri = uriFor('prints.py');
    settingsByUri.set(uri, { target: 'py3' });
    const text = Array.from({ length: 20 }, (_, i) => `print "line", ${i}\n`).join('');
    const prints = byRule(await openAndWait(uri, text), 'print-statement');
    if (prints.length === 0) this.skip();
    const data = prints[0].data as { fix: { edits?: unknown[]; editCount: number } };
    assert.equal(data.fix.edits, undefined);
    assert.ok(data.fix.editCount > 16);
    const fix = (await actionsFor(uri, prints[3])).find((a) => a.isPreferred);
    assert.ok(fix);
    const fixed = applyWorkspaceEdit(uri, text, fix.edit!);
    assert.equal(fixed.split('\n')[7], 'print("line", 7)');
  });

  it('looks beside the document on disk: an implicit relative import of a sibling module is flagged', async () => {
    const pkg = path.join(folder, 'pkg');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, '__init__.py'), '');
    fs.writeFileSync(path.join(pkg, 'helpers.py'), 'def slug(s):\n    return s\n');
    const uri = pathToFileURL(path.join(pkg, 'views.py')).href;
    const diagnostics = await openAndWait(uri, 'import helpers\nimport os\n');
    const relative = byRule(diagnostics, 'implicit-relative-import');
    assert.equal(relative.length, 1);
    assert.equal(relative[0].range.start.line, 0);
  });

  it('publishes nothing for an excluded file', async () => {
    const uri = pathToFileURL(path.join(folder, 'vendor', 'lib', 'old.py')).href;
    settingsByUri.set(uri, { exclude: ['vendor/**'] });
    const diagnostics = await openAndWait(uri, 'if 1 <> 2L:\n    pass\n');
    assert.deepEqual(diagnostics, []);
    assert.equal((await client.waitForStatus(uri)).state, 'excluded');
  });

  it('skips a document over maxFileSize with one informational diagnostic, and analyses it once it shrinks', async () => {
    const uri = uriFor('large.py');
    settingsByUri.set(uri, { maxFileSize: 200 });
    const text = 'x = 1 <> 2\n' + '# padding padding padding padding\n'.repeat(10);
    const diagnostics = await openAndWait(uri, text);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(diagnostics[0].message as string, /skipped.*larger than the 200 bytes limit.*py3migrate\.maxFileSize/);
    assert.equal((await client.waitForStatus(uri)).state, 'tooLarge');
    const version = await client.change(uri, [{ range: range(1, 0, 11, 0), text: '' }]);
    const after = (await client.waitForVersion(uri, version)).diagnostics;
    assert.equal(byRule(after, NE).length, 1);
    assert.equal((await client.waitForStatus(uri, (s) => s.state === 'ok')).findings, after.length);
  });

  it('warns about bad settings and falls back to the defaults', async () => {
    const uri = uriFor('bad-settings.py');
    settingsByUri.set(uri, { target: 'py4', rules: { [NE]: 'loud', 'no-such-rule': 'off' }, exclude: 'vendor', maxFileSize: -1 });
    const diagnostics = await openAndWait(uri, 'if 1 <> 2:\n    pass\n');
    assert.equal(byRule(diagnostics, NE).length, 1);
    assert.equal(byRule(diagnostics, NE)[0].severity, DiagnosticSeverity.Error);
    for (const expected of [/py3migrate\.target must be 'compat' or 'py3', got "py4"/, /py3migrate\.rules\['old-ne-operator'\]/, /no rule 'no-such-rule'/, /py3migrate\.exclude must be an array/, /py3migrate\.maxFileSize/]) {
      assert.ok(client.messages.some((m) => expected.test(m)), `${expected} not in ${JSON.stringify(client.messages)}`);
    }
  });

  it('re-checks whole-file facts when typing pauses (a module-level def unicode() silences unicode-builtin)', async function () {
    const uri = uriFor('settle.py');
    const diagnostics = await openAndWait(uri, 'x = unicode(1)\n\ny = 2\n');
    if (byRule(diagnostics, 'unicode-builtin').length === 0) this.skip();
    const version = await client.change(uri, [{ range: range(2, 0, 2, 0), text: 'def unicode(s):\n    return s\n' }]);
    await client.waitForVersion(uri, version);
    const settled = await client.waitForDiagnostics(uri, (p) => p.version === version && byRule(p.diagnostics, 'unicode-builtin').length === 0);
    assert.equal(byRule(settled.diagnostics, 'unicode-builtin').length, 0);
  });

  it('survives odd input: NUL characters, surrogate pairs, CRLF and lone CR line ends', async () => {
    const uri = uriFor('odd.py');
    const text = 'a = "\u0000" <> 1\r\nb = "\ud83d\ude00" <> 2L\rc = 3\n\u0000\u0000 <> \n';
    const diagnostics = await openAndWait(uri, text);
    // Tree-sitter gives up on the NUL lines (syntax errors), but their `<>` tokens are still found; the line between them is read normally.
    assert.deepEqual(byRule(diagnostics, NE).map((d) => d.range.start), [{ line: 0, character: 8 }, { line: 1, character: 9 }, { line: 3, character: 3 }]);
    // An edit right after the surrogate pair on line 1 keeps positions in UTF-16 units.
    const version = await client.change(uri, [{ range: range(1, 7, 1, 7), text: 'x' }]);
    const after = (await client.waitForVersion(uri, version)).diagnostics;
    assert.deepEqual(byRule(after, NE).map((d) => d.range.start), [{ line: 0, character: 8 }, { line: 1, character: 10 }, { line: 3, character: 3 }]);
    const [action] = await client.codeActions(uri, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll'] });
    if (action) assert.ok(applyWorkspaceEdit(uri, client.text(uri), action.edit!).includes('!='));
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = uriFor('close.py');
    await openAndWait(uri, 'x = 1 <> 2\n');
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.waitForStatus(uri, (s) => s.findings === 0 && s.state === undefined);
  });

  it('leaves whole-file edits to codeAction/resolve when the client supports it', async () => {
    const lazy = await TestClient.start({ workspaceFolder: folder, resolveSupport: true, settings: () => ({ target: 'compat' }) });
    try {
      const uri = uriFor('resolve.py');
      const text = 'if 1 <> 2:\n    print "x"\nwhile 3 <> 4:\n    pass\n';
      await lazy.open(uri, text);
      const diagnostics = (await lazy.waitForVersion(uri, 1)).diagnostics;
      const [ne] = byRule(diagnostics, NE);
      const actions = await lazy.codeActions(uri, ne.range, { diagnostics: [ne] });
      const fixAll = actions.find((a) => a.title === `Fix all ${NE} problems in this file`);
      assert.ok(fixAll);
      assert.equal(fixAll.edit, undefined);
      const resolved = await lazy.resolveCodeAction(fixAll);
      assert.equal(applyWorkspaceEdit(uri, text, resolved.edit!), 'if 1 != 2:\n    print "x"\nwhile 3 != 4:\n    pass\n');
      // A plain single-place fix still comes with its edit.
      assert.ok(actions.find((a) => a.isPreferred)?.edit);

      const [print] = byRule(diagnostics, 'print-statement');
      if (print) {
        const [fix] = (await lazy.codeActions(uri, print.range, { diagnostics: [print] })).filter((a) => a.isPreferred);
        assert.equal(fix.edit, undefined);
        const withImport = applyWorkspaceEdit(uri, text, (await lazy.resolveCodeAction(fix)).edit!);
        assert.match(withImport, /^from __future__ import print_function\n/);
        assert.match(withImport, /print\("x"\)/);
      }
    } finally {
      await lazy.stop();
    }
  });

  it('answers over node-ipc too', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'py3migrate');
      await connection.sendRequest(ShutdownRequest.type);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

function range(sl: number, sc: number, el: number, ec: number) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return JSON.stringify(a.range) === JSON.stringify(b.range) && a.code === b.code;
}
