// What the client adds to the server's workspace/configuration answers: the py3migrate settings
// the user actually set. VS Code answers with package.json's defaults merged in, so without this
// the server could not let a project's pyproject.toml ([tool.py3migrate]) apply where the user
// set nothing, yet let the user's own settings win where they did (see server/src/lsp/settings.ts,
// resolveSettings). The list goes under USER_SET_KEY: setting names relative to `py3migrate.`.

import * as vscode from 'vscode';
import type { ConfigurationParams } from 'vscode-languageclient/node';
import type { Middleware } from 'vscode-languageclient/node';

/** Must equal USER_SET_KEY in server/src/lsp/settings.ts (the client bundle does not import server code). */
const USER_SET_KEY = '$userSet';
const SECTION = 'py3migrate';
/** The settings a project file can also set; the others (trace.server) are editor-only. */
const PROJECT_SETTINGS = ['target', 'rules', 'exclude', 'docs.baseUrl', 'maxFileSize'];

export const configurationMiddleware: Middleware['workspace'] = {
  async configuration(params: ConfigurationParams, token, next) {
    const result = await next(params, token);
    if (!Array.isArray(result)) return result;
    return result.map((value: unknown, i) => {
      const item = params.items[i];
      if (item?.section !== SECTION || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
      const config = vscode.workspace.getConfiguration(SECTION, scope);
      const userSet = PROJECT_SETTINGS.filter((key) => {
        const inspected = config.inspect(key);
        return (
          inspected !== undefined &&
          [inspected.globalValue, inspected.workspaceValue, inspected.workspaceFolderValue, inspected.globalLanguageValue, inspected.workspaceLanguageValue, inspected.workspaceFolderLanguageValue].some((v) => v !== undefined)
        );
      });
      return { ...(value as Record<string, unknown>), [USER_SET_KEY]: userSet };
    });
  },
};
