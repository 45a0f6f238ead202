// Registers the migration panel, the docs commands and URI handler, and the walkthrough's
// fix-on-save command. extension.ts calls registerPanel() once and puts the result in api.panel.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FileStatusParams } from '../../../shared/protocol';
import type { Py3migrateApi } from '../api';
import { docsBaseUrl, guideTarget, isRuleId, parseDocsUri, ruleDocsTarget, type DocTarget } from './docLinks';
import { withFixAllOnSave } from './fixOnSave';
import { GUIDES, isAnchor, isGuideName, splitGuideRef } from './guides';
import { COMMANDS, PANEL_VIEW_ID } from './commands';
import { MigrationPanel } from './panelView';

export { COMMANDS, PANEL_VIEW_ID };

export function registerPanel(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  fileStatus: vscode.Event<FileStatusParams>,
): NonNullable<Py3migrateApi['panel']> & { clear(): void } {
  const baseUrl = (): string | undefined => {
    const scope = vscode.window.activeTextEditor?.document.uri;
    return docsBaseUrl(vscode.workspace.getConfiguration('py3migrate', scope).get('docs.baseUrl'));
  };

  async function open(target: DocTarget): Promise<void> {
    if (target.kind === 'external') {
      await vscode.env.openExternal(vscode.Uri.parse(target.url, true));
      return;
    }
    const file = vscode.Uri.joinPath(context.extensionUri, ...target.path.split('/'));
    try {
      await vscode.workspace.fs.stat(file);
    } catch {
      void vscode.window.showWarningMessage(`py3migrate: ${target.path} is not bundled with this version of the extension.`);
      return;
    }
    // The markdown preview scrolls to the heading the URI's fragment names.
    await vscode.commands.executeCommand('markdown.showPreview', target.fragment ? file.with({ fragment: target.fragment }) : file);
  }

  const actions = {
    openRuleDocs: (ruleId: string) => open(ruleDocsTarget(ruleId, baseUrl())),
    openGuide: (guide: string, anchor: string) => (isGuideName(guide) && isAnchor(anchor) ? open(guideTarget(guide, anchor, baseUrl())) : Promise.resolve()),
  };

  const panel = new MigrationPanel(context.extensionUri, client, output, actions, fileStatus);
  context.subscriptions.push(
    panel,
    vscode.window.registerWebviewViewProvider(PANEL_VIEW_ID, panel),
    vscode.commands.registerCommand(COMMANDS.openRuleDocs, async (ruleId: unknown) => {
      if (!isRuleId(ruleId)) {
        void vscode.window.showErrorMessage(`py3migrate: ${JSON.stringify(ruleId)} is not a rule id`);
        return;
      }
      await actions.openRuleDocs(ruleId);
    }),
    // Arguments: ('what-changed.md', 'division'), ('what-changed.md#division'), or none for a pick list.
    vscode.commands.registerCommand(COMMANDS.openGuide, async (guide?: unknown, anchor?: unknown) => {
      if (guide === undefined) {
        const picked = await vscode.window.showQuickPick([...GUIDES], { placeHolder: 'Open a py3migrate guide' });
        if (picked) await actions.openGuide(picked, '');
        return;
      }
      const ref = typeof guide === 'string' ? splitGuideRef(anchor === undefined ? guide : `${guide}#${String(anchor)}`) : undefined;
      if (!ref) {
        void vscode.window.showErrorMessage(`py3migrate: no guide ${JSON.stringify(guide)}; the guides are ${GUIDES.join(', ')}`);
        return;
      }
      await actions.openGuide(ref.guide, ref.anchor);
    }),
    vscode.commands.registerCommand(COMMANDS.openPanel, () => vscode.commands.executeCommand(`${PANEL_VIEW_ID}.focus`)),
    vscode.commands.registerCommand(COMMANDS.enableFixOnSave, enableFixOnSave),
    // vscode://<publisher.name>/docs/rules/<id>.md and /docs/guides/<name>#anchor: the bundled-docs links in diagnostics.
    vscode.window.registerUriHandler({
      handleUri: async (uri) => {
        const target = parseDocsUri(uri.path, uri.fragment);
        if (!target) {
          output.warn(`py3migrate: ignored the URI ${uri.toString(true).slice(0, 200)} (not a bundled docs page)`);
          return;
        }
        await open(target);
      },
    }),
  );
  return { ...panel.api(), clear: () => panel.clear() };
}

/** Adds the fix-all source action to [python] editor.codeActionsOnSave (workspace settings when a folder is open). */
async function enableFixOnSave(): Promise<void> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'python' });
  const value = withFixAllOnSave(config.get('codeActionsOnSave'));
  const where = vscode.workspace.workspaceFolders?.length ? 'workspace' : 'user';
  if (value === undefined) {
    void vscode.window.showInformationMessage('py3migrate: safe fixes already run on save for Python files.');
    return;
  }
  const target = where === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('codeActionsOnSave', value, target, true);
  void vscode.window.showInformationMessage(`py3migrate: safe fixes now run when you save a Python file (${where} settings, [python] editor.codeActionsOnSave).`);
}
