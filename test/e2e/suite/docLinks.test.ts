// A rule's documentation link opens its page (bundled docs/rules/<id>.md in the markdown preview).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, fileUri, open, py3migrateDiagnostics, ruleId, waitFor, waitForRule } from './helpers';

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
}

function pageTabOpen(rule: string): boolean {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .some((t) => {
      const input = t.input;
      if (input instanceof vscode.TabInputText) return input.uri.path.endsWith(`/docs/rules/${rule}.md`);
      // The markdown preview is a webview tab labelled "Preview <file>".
      if (input instanceof vscode.TabInputWebview) return /markdown\.preview/.test(input.viewType) && t.label.includes(`${rule}.md`);
      return false;
    });
}

describe('rule documentation links', () => {
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('py3migrate.openRuleDocs opens the rule page', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('py3migrate.openRuleDocs', 'print-statement');
    await waitFor(`a tab showing print-statement.md (tabs: ${tabLabels().join(', ')})`, () => pageTabOpen('print-statement'), 15_000);
  });

  it("a diagnostic's docs link opens the rule page", async () => {
    const uri = fileUri('user/models.py');
    await open('user/models.py');
    await waitForRule(uri, 'backtick-repr');
    const diagnostic = py3migrateDiagnostics(uri).find((d) => ruleId(d) === 'backtick-repr');
    const target = typeof diagnostic?.code === 'object' ? diagnostic.code.target : undefined;
    assert.ok(target, 'the diagnostic has a docs link');
    // What a click on the link in the hover or the Problems panel does.
    await vscode.commands.executeCommand('vscode.open', target);
    await waitFor(`a tab showing backtick-repr.md for ${target.toString()} (tabs: ${tabLabels().join(', ')})`, () => pageTabOpen('backtick-repr'), 15_000);
  });
});
