// Custom LSP messages shared by the VS Code client (client/src) and the language server
// (server/src/lsp). Each message says who sends it to whom and why. Standard LSP messages
// are not repeated here. This file imports only the protocol package, so both sides can use it.

import { NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';

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
  /** Where the file stands in its migration (absent from older servers, and when state is not 'ok'). */
  status?: MigrationStatus;
  /** True when the file imports a 2/3 compatibility shim: six, future, past, builtins, or a Python 2 `__future__` feature. */
  compatShims?: boolean;
  /** Findings and safe fixes per category; categories with no finding are left out. */
  categories?: Partial<Record<FindingCategory, CategoryCounts>>;
  /** The category of every rule id among the findings, so the client can group the diagnostics it holds. */
  ruleCategories?: Record<string, FindingCategory>;
}

/**
 * The checklist groups of the migration panel (the engine's `Category`; a unit test keeps the two
 * lists equal). `syntax-error` findings count as 'syntax'.
 */
export const FINDING_CATEGORIES = [
  'syntax', 'builtins', 'imports', 'dicts-iterators', 'strings-bytes', 'division', 'classes', 'exceptions', 'other',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export interface CategoryCounts {
  /** Findings published in this category. */
  findings: number;
  /** How many of them have a safe fix for the configured target. */
  safeFixes: number;
}

/**
 * not-started: findings left, no compatibility shim imported (nobody has touched it yet).
 * in-progress: findings left, and the file already imports a shim (migration under way).
 * compatible: no findings left, and the file imports a shim (runs on 2.7 and 3).
 * python3-only: no findings left and no shim (plain Python 3 code).
 */
export type MigrationStatus = 'not-started' | 'in-progress' | 'compatible' | 'python3-only';

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

export interface FixCategoryParams {
  /** An open document's URI. */
  uri: string;
  category: FindingCategory;
}

export interface FixCategoryResult {
  /** The safe fixes of the category's findings as one edit; null when there is nothing to fix (or the document is not analysed). */
  edit: WorkspaceEdit | null;
  /** How many of the category's findings had a safe fix when the edit was computed. */
  fixable: number;
}

/**
 * Sent from the client to the server when the user presses "Fix all safe" on a category of the
 * migration panel. The server answers with the edit (the same fixer as the fix-all code action,
 * limited to the rules of the category's published findings); the client applies it.
 */
export namespace FixCategoryRequest {
  export const method: 'py3migrate/fixCategory' = 'py3migrate/fixCategory';
  export const type = new RequestType<FixCategoryParams, FixCategoryResult, void>(method);
}

/**
 * `initializationOptions` the VS Code client sends: where diagnostics' docs links point when
 * `py3migrate.docs.baseUrl` is not set (a `vscode://` URI the extension opens in a preview).
 * Other editors send nothing and get file:// links to the bundled pages.
 */
export interface Py3migrateInitializationOptions {
  /** Prefix of a rule page link: `<bundledDocsUrl><rule-id>.md`. */
  bundledDocsUrl?: string;
}

// ---- Workspace progress (client/src/workspace, server/src/lsp/workspaceScan.ts) ----

/** Findings of one file on disk (or the open document's current text), as the workspace scan reports them. */
export interface ScannedFile {
  /** The file's URI. */
  uri: string;
  /** Path relative to the scanned folder, `/` separators. */
  path: string;
  /** Rule id -> findings of that rule (settings and ignore comments applied, as in the editor). */
  findings: Record<string, number>;
  /** Rule id -> findings with a safe fix for the configured target (what fixRuleInFolder applies). */
  safeFixable: Record<string, number>;
  /** Rule id -> where its first finding is (0-based line and UTF-16 character), to open the file there. */
  first: Record<string, { line: number; character: number }>;
  /** Set when the file was not analysed: why (cannot be read or decoded, larger than py3migrate.maxFileSize). */
  unreadable?: string;
}

export interface ScanWorkspaceParams {
  /** The folder to scan (a `file:` URI): a workspace folder or a folder inside one. */
  folderUri: string;
  /** Only these files (URIs inside the folder), e.g. the ones just saved; the whole folder when absent. */
  files?: string[];
  /** LSP work-done progress token: the server reports begin / report (percentage, current file) / end on it. */
  workDoneToken?: string | number;
  /**
   * LSP partial-result token: the server streams the analysed files on it in batches (`$/progress`
   * with a `ScannedFile[]` value) and the final result's `files` holds only those not streamed yet.
   */
  partialResultToken?: string | number;
}

export interface ScanWorkspaceResult {
  folderUri: string;
  /**
   * Python files found and not excluded, in walk order (sorted by path); when cancelled, those done
   * so far. With a partialResultToken: only the files not already streamed on it.
   */
  files: ScannedFile[];
  /** The request was cancelled before every file was analysed. */
  cancelled: boolean;
}

/**
 * Sent from the client to the server to analyse every Python file under a folder on disk (open
 * documents: their current text), with the settings the editor uses for each file. The server
 * reports progress on `workDoneToken`, checks the request's cancellation between files and answers
 * with the files analysed so far when cancelled. No file text is kept.
 */
export namespace ScanWorkspaceRequest {
  export const method: 'py3migrate/scanWorkspace' = 'py3migrate/scanWorkspace';
  export const type = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>(method);
}

export interface FixRuleInFolderParams {
  folderUri: string;
  ruleId: string;
  /** Only these files (URIs); every Python file of the folder when absent. */
  files?: string[];
}

export interface FixRuleInFolderResult {
  /**
   * The safe fixes of `ruleId` for each file's target, one TextDocumentEdit per changed file
   * (`documentChanges`; open documents carry their version, closed ones version null).
   */
  edit: WorkspaceEdit;
  /** Files the edit changes. */
  files: number;
  /** Fixes applied over all files. */
  fixes: number;
  /** Files that could not be fixed and why (unreadable, the fixed code would not parse). */
  skipped: { uri: string; reason: string }[];
}

/**
 * Sent from the client to the server for "fix rule X in folder Y": the server computes the
 * edit without applying it; the client applies it with the refactor preview.
 */
export namespace FixRuleInFolderRequest {
  export const method: 'py3migrate/fixRuleInFolder' = 'py3migrate/fixRuleInFolder';
  export const type = new RequestType<FixRuleInFolderParams, FixRuleInFolderResult, void>(method);
}
