// Custom LSP messages shared by the VS Code client (client/src) and the language server
// (server/src/lsp). Each message says who sends it to whom and why. Standard LSP messages
// are not repeated here. This file imports only the protocol package, so both sides can use it.

import { NotificationType } from 'vscode-languageserver-protocol';

/** Why a file has no findings although it is open. */
export type FileState =
  /** Analysed; `findings` is the count. */
  | 'ok'
  /** Matched a `py3migrate.exclude` glob: not analysed. */
  | 'excluded'
  /** Larger than `py3migrate.maxFileSize`: not analysed (one informational diagnostic says so). */
  | 'tooLarge';

export interface FileStatusParams {
  /** The document's URI, as the client sent it in didOpen. */
  uri: string;
  /** Diagnostics published for the file (after settings and ignore comments). */
  findings: number;
  /** How many of them have a fix for the configured target (safe or unsafe). */
  fixable: number;
  /** Absent means 'ok' (older servers did not send it). */
  state?: FileState;
}

/**
 * Sent from the server to the client each time the server publishes diagnostics for a
 * document (and once with zero counts when the document closes), so the client's language
 * status item and migration panel can show the file's status without counting diagnostics itself.
 */
export namespace FileStatusNotification {
  export const method: 'py3migrate/fileStatus' = 'py3migrate/fileStatus';
  export const type = new NotificationType<FileStatusParams>(method);
}

/** The code action kind of the server's "fix all safe problems" action (for `editor.codeActionsOnSave`). */
export const SOURCE_FIX_ALL_KIND = 'source.fixAll.py3migrate';
