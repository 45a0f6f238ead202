// The command and view ids of the panel feature (package.json declares them; the real-VS-Code
// tests call them by these ids). No vscode import, so a unit test checks package.json against it.

export const PANEL_VIEW_ID = 'py3migrate.migrationPanel';

export const COMMANDS = {
  /** Argument: a rule id. */
  openRuleDocs: 'py3migrate.openRuleDocs',
  /** Arguments: ('what-changed.md', 'division') or ('what-changed.md#division'); none: a pick list. */
  openGuide: 'py3migrate.openGuide',
  openPanel: 'py3migrate.openPanel',
  enableFixOnSave: 'py3migrate.enableFixOnSave',
} as const;
