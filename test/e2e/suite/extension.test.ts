// The extension in a real VS Code (code-server's extension host, or desktop VS Code through
// test/e2e/runInElectron.ts): activation, diagnostics, a quick fix, fix-all, the ignore comment.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyAction, EXTENSION_ID, fileUri, open, revertAll, ruleId, ruleIds, waitFor, waitForRule } from './helpers';

describe('py3migrate in VS Code', () => {
  afterEach(revertAll);

  it('activates when a Python file opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    // The fixture has no requirements*.txt and nothing has opened a view or a URI yet.
    assert.equal(extension.isActive, false, 'not active before a Python file opens');
    const editor = await open('user/models.py');
    assert.equal(editor.document.languageId, 'python');
    await waitFor('the extension to activate (onLanguage:python)', () => extension.isActive);
  });

  it('publishes diagnostics with the rule id as code', async () => {
    const uri = fileUri('user/models.py');
    await open('user/models.py');
    await waitForRule(uri, 'backtick-repr');
    const ids = ruleIds(uri);
    for (const rule of ['long-suffix', 'dict-has-key', 'print-statement', 'backtick-repr']) assert.ok(ids.includes(rule), `${rule} in ${ids.join(', ')}`);
    const printDiagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'py3migrate' && typeof d.code === 'object' && d.code.value === 'print-statement');
    assert.equal(printDiagnostic?.range.start.line, 15, 'the print statement is on line 16');
    assert.equal(printDiagnostic?.severity, vscode.DiagnosticSeverity.Error);
    const target = typeof printDiagnostic?.code === 'object' ? printDiagnostic.code.target : undefined;
    assert.match(target?.toString() ?? '', /print-statement\.md/, 'the code links to the rule page');
  });

  it('applies a quick fix and the finding goes away', async () => {
    const uri = fileUri('user/views.py');
    const editor = await open('user/views.py');
    const [diagnostic] = (await waitForRule(uri, 'old-ne-operator')).filter((d) => d.code && (d.code as { value: string }).value === 'old-ne-operator');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Replace `<>` with `!=`');
    assert.ok(fix, `the quick fix for old-ne-operator among: ${titles.join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'a safe fix is the preferred action');
    assert.ok(titles.some((t) => t === 'Ignore old-ne-operator on this line'), `the ignore action is offered: ${titles.join(' | ')}`);
    await applyAction(fix);
    assert.match(editor.document.lineAt(4).text, /user\.name != other\.name/);
    await waitForRule(uri, 'old-ne-operator', 'absent');
  });

  it('resolves and applies a quick fix that adds an import (codeAction/resolve)', async () => {
    const uri = fileUri('chats/views.py');
    const editor = await open('chats/views.py');
    const diagnostic = (await waitForRule(uri, 'dict-iter-method')).find((d) => ruleId(d) === 'dict-iter-method');
    assert.ok(diagnostic);
    // The server sends the edit of a fix with imports only when asked (resolveProvider); 10 = resolve up to 10 actions.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find((a) => a.isPreferred && !a.title.startsWith('Ignore') && !/ in (this )?file/i.test(a.title));
    assert.ok(fix, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyAction(fix);
    const text = editor.document.getText();
    assert.match(text, /six\.iteritems\(rooms\)/, text);
    assert.match(text, /^import six$/m, text);
    await waitForRule(uri, 'dict-iter-method', 'absent');
  });

  it('the "Ignore <rule> on this line" action silences the finding', async () => {
    const uri = fileUri('user/views.py');
    const editor = await open('user/views.py');
    const diagnostic = (await waitForRule(uri, 'old-ne-operator')).find((d) => ruleId(d) === 'old-ne-operator');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
    const ignore = actions.find((a) => a.title === 'Ignore old-ne-operator on this line');
    assert.ok(ignore, actions.map((a) => a.title).join(' | '));
    await applyAction(ignore);
    assert.match(editor.document.lineAt(4).text, /<>.*# py3migrate: ignore\[old-ne-operator\]/);
    await waitForRule(uri, 'old-ne-operator', 'absent');
  });

  it('applies source.fixAll.py3migrate (every safe fix of the file)', async () => {
    const uri = fileUri('chats/views.py');
    const editor = await open('chats/views.py');
    await waitForRule(uri, 'dict-iter-method');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.py3migrate', 10);
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.py3migrate');
    assert.ok(fixAll, `a source.fixAll.py3migrate action among: ${actions.map((a) => `${a.title} (${a.kind?.value})`).join(' | ')}`);
    await applyAction(fixAll);
    const text = editor.document.getText();
    assert.doesNotMatch(text, /rooms\.iteritems|xrange|print name|print i$/m, text);
    assert.match(text, /six\.iteritems\(rooms\)/, 'the default target is compat');
    await waitFor(`no findings left in chats/views.py (now: ${ruleIds(uri).join(', ')})`, () => ruleIds(uri).length === 0);
  });

  it('`# py3migrate: ignore` silences the finding on its line', async () => {
    const uri = fileUri('chats/models.py');
    const editor = await open('chats/models.py');
    await waitForRule(uri, 'old-ne-operator');
    const line = editor.document.lineAt(8);
    assert.match(line.text, /<>/);
    assert.ok(await editor.edit((b) => b.insert(line.range.end, '  # py3migrate: ignore')));
    await waitForRule(uri, 'old-ne-operator', 'absent');
    // The rule-specific form, for another rule, leaves it alone.
    assert.ok(await editor.edit((b) => b.replace(editor.document.lineAt(8).range, line.text + '  # py3migrate: ignore[print-statement]')));
    await waitForRule(uri, 'old-ne-operator', 'present');
  });

  it('safe fixes run on save after py3migrate.enableFixOnSave', async () => {
    const config = () => vscode.workspace.getConfiguration('editor', { languageId: 'python' });
    await vscode.commands.executeCommand('py3migrate.enableFixOnSave');
    try {
      await waitFor('[python] editor.codeActionsOnSave to name source.fixAll.py3migrate', () => JSON.stringify(config().get('codeActionsOnSave') ?? {}).includes('source.fixAll.py3migrate'));
      const uri = fileUri('settings.py');
      const editor = await open('settings.py');
      await waitForRule(uri, 'print-statement');
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), "TIME_ZONE = 'UTC'\n")));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the saved file to be fixed', () => !editor.document.isDirty && /print\(app\)/.test(editor.document.getText()));
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(onDisk, /print\(app\)/);
      assert.match(onDisk, /from __future__ import print_function/);
      assert.match(onDisk, /has_key/, 'the unsafe has_key fix is not applied on save');
      assert.match(onDisk, /TIME_ZONE = 'UTC'/);
    } finally {
      await config().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
