// The language server: keeps each open Python document parsed and analysed, publishes
// diagnostics right after every change (re-analysing only around the edit), answers code
// actions from the fixes the diagnostics carry, and tells the client each file's status.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import {
  FileStatusNotification,
  FixCategoryRequest,
  SOURCE_FIX_ALL_KIND,
  type FileState,
  type FileStatusParams,
  type FixCategoryResult,
  type Py3migrateInitializationOptions,
} from '../../../shared/protocol';
import { LineIndex, loadRules, type Finding, type RuleSet } from '../engine';
import { codeActions, fixRulesEdit, isDeferredAction, resolveCodeAction, type ActionContext } from './codeActions';
import { isFixable, setBundledDocsUrl, toDiagnostic, tooLargeDiagnostic } from './diagnostics';
import { migrationStatus, summarizeCategories, usesCompatShims } from './fileSummary';
import { matchesGlob } from './glob';
import { IncrementalAnalysis, onRuleError, splitRuleSet, toTextChanges, type ContentChange, type SplitRuleSet } from './incrementalAnalysis';
import { findProjectConfig, type LoadedConfig } from '../config/projectConfig';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
import { registerWorkspaceRequests } from './workspaceScan';
import { RequirementsDocuments } from './requirementsDiagnostics';
import { uriToPath } from './uris';

interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  version: number;
  /** The current text when there is no analysis (excluded, too large, settings not yet known). */
  text: string;
  analysis: IncrementalAnalysis | undefined;
  /** Changes received but not yet applied; applied together (bursts coalesce) before anything reads the document. */
  pending: ContentChange[];
  flushScheduled: boolean;
  /** The settings in force; undefined until the first workspace/configuration answer. */
  settings: Settings | undefined;
  /** Bumped on every settings request, so a late answer for an older request is dropped. */
  settingsRequest: number;
  state: FileState;
  published: readonly Finding[];
  /** Pending settle() (re-check of whole-file facts), run when the user pauses typing. */
  settleTimer: NodeJS.Timeout | undefined;
  /** When the findings first became unsettled (performance.now()), so non-stop typing still settles. */
  unsettledSince: number | undefined;
}

/**
 * How long typing must pause before whole-file facts are re-checked (see IncrementalAnalysis.settle).
 * Diagnostics themselves are published right after every change, without waiting.
 */
const SETTLE_DELAY_MS = 250;
/** Settle at least this often while the user keeps typing without a pause. */
const SETTLE_MAX_WAIT_MS = 2000;

export function startServer(connection: Connection): void {
  let rules: RuleSet;
  let split: SplitRuleSet;
  let canAskConfiguration = false;
  let canRegisterConfigurationChange = false;
  let documentChanges = false;
  let hasWorkspaceFolders = false;
  let resolveEdits = false;
  let workspaceFolders: string[] = [];
  /** Settings sent with didChangeConfiguration, for clients without workspace/configuration. */
  let pushedSettings: unknown;
  const documents = new Map<string, OpenDocument>();
  const requirementsDocuments = new RequirementsDocuments(connection);
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Folder -> the project config ([tool.py3migrate] of the nearest pyproject.toml) its files get. */
  const projectConfigs = new Map<string, LoadedConfig | undefined>();
  const warned = new Set<string>();

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    rules = await loadRules();
    split = splitRuleSet(rules);
    const reported = new Set<string>();
    onRuleError((ruleId, error) => {
      // Once per rule and message: a rule failing on every keystroke would flood the log.
      const key = `${ruleId}: ${error instanceof Error ? error.message : String(error)}`;
      if (reported.has(key)) return;
      reported.add(key);
      connection.console.error(`py3migrate: rule ${ruleId} failed (its findings are missing until it works again): ${describeError(error)}`);
    });
    const capabilities = params.capabilities;
    canAskConfiguration = capabilities.workspace?.configuration === true;
    canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    hasWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
    workspaceFolders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((f) => uriToPath(f.uri))
      .filter((p): p is string => p !== undefined);
    const init = params.initializationOptions as Py3migrateInitializationOptions | null | undefined;
    if (typeof init?.bundledDocsUrl === 'string') setBundledDocsUrl(init.bundledDocsUrl);
    const literalActions = capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    resolveEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: literalActions ? { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_FIX_ALL_KIND], resolveProvider: resolveEdits } : true,
        workspace: hasWorkspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      },
      serverInfo: { name: 'py3migrate' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'py3migrate' });
    if (hasWorkspaceFolders) {
      // Exclude globs are relative to the folder a file is in.
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
        workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
        for (const f of event.added) {
          const p = uriToPath(f.uri);
          if (p) workspaceFolders.push(p);
        }
        for (const doc of documents.values()) if (doc.settings) refresh(doc);
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const settings = params.settings as Record<string, unknown> | null | undefined;
    if (settings && typeof settings === 'object' && 'py3migrate' in settings) pushedSettings = settings.py3migrate;
    settingsCache.clear();
    for (const doc of documents.values()) requestSettings(doc);
  });

  // The client watches **/pyproject.toml (synchronize.fileEvents): a change may change any
  // document's project config, so all of them are read again (they are small, and cached per folder).
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((c) => /(^|\/)pyproject\.toml$/i.test(c.uri))) return;
    projectConfigs.clear();
    settingsCache.clear();
    warned.clear();
    for (const doc of documents.values()) requestSettings(doc);
  });

  connection.onDidOpenTextDocument(({ textDocument }) => {
    if (requirementsDocuments.didOpen(textDocument)) return;
    if (!isPython(textDocument.uri, textDocument.languageId)) return;
    const previous = documents.get(textDocument.uri);
    if (previous) {
      clearTimeout(previous.settleTimer);
      disposeAnalysis(previous);
    }
    const doc: OpenDocument = {
      uri: textDocument.uri,
      languageId: textDocument.languageId,
      version: textDocument.version,
      text: textDocument.text,
      analysis: undefined,
      pending: [],
      flushScheduled: false,
      settings: undefined,
      settingsRequest: 0,
      state: 'ok',
      published: [],
      settleTimer: undefined,
      unsettledSince: undefined,
    };
    documents.set(doc.uri, doc);
    requestSettings(doc);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    if (requirementsDocuments.didChange(textDocument.uri, textDocument.version, contentChanges)) return;
    const doc = documents.get(textDocument.uri);
    if (!doc) return;
    doc.version = textDocument.version ?? doc.version;
    doc.pending.push(...contentChanges);
    if (!doc.flushScheduled) {
      doc.flushScheduled = true;
      setImmediate(() => {
        doc.flushScheduled = false;
        if (documents.get(doc.uri) !== doc || doc.pending.length === 0) return;
        applyPending(doc);
        if (doc.settings) refresh(doc);
        scheduleSettle(doc);
      });
    }
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    if (requirementsDocuments.didClose(textDocument.uri)) return;
    const doc = documents.get(textDocument.uri);
    if (!doc) return;
    documents.delete(doc.uri);
    settingsCache.delete(doc.uri);
    clearTimeout(doc.settleTimer);
    disposeAnalysis(doc);
    void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    void connection.sendNotification(FileStatusNotification.type, { uri: doc.uri, findings: 0, fixable: 0 });
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const doc = await currentDocument(params.textDocument.uri);
    if (!doc?.analysis || !doc.settings) return [];
    try {
      return codeActions(actionContext(doc, doc.analysis, doc.settings), { ...params, context: { ...params.context, diagnostics: currentDiagnostics(doc, params.context.diagnostics) } });
    } catch (error) {
      connection.console.error(`py3migrate: code actions for ${doc.uri} failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onCodeActionResolve(async (action): Promise<CodeAction> => {
    const data = action.data;
    if (!isDeferredAction(data)) return action;
    const doc = await currentDocument(data.uri);
    if (!doc?.analysis || !doc.settings) return action;
    // A quick fix for a diagnostic from before the latest edit would apply stale offsets.
    if (data.diagnostic && currentDiagnostics(doc, [data.diagnostic]).length === 0) return action;
    try {
      return resolveCodeAction(actionContext(doc, doc.analysis, doc.settings), action, data);
    } catch (error) {
      connection.console.error(`py3migrate: resolving a code action for ${doc.uri} failed: ${describeError(error)}`);
      return action;
    }
  });

  connection.onRequest(FixCategoryRequest.type, async (params): Promise<FixCategoryResult> => {
    const doc = await currentDocument(params.uri);
    if (!doc?.analysis || !doc.settings) return { edit: null, fixable: 0 };
    const settings = doc.settings;
    const { ruleCategories, categories } = summarizeCategories(doc.published, settings.target, (id) => rules.get(id)?.category);
    const ruleIds = new Set(Object.keys(ruleCategories).filter((id) => ruleCategories[id] === params.category && rules.get(id) !== undefined));
    try {
      const edit = fixRulesEdit(actionContext(doc, doc.analysis, settings), ruleIds);
      return { edit: edit ?? null, fixable: categories[params.category]?.safeFixes ?? 0 };
    } catch (error) {
      connection.console.error(`py3migrate: fixing the ${params.category} findings of ${doc.uri} failed: ${describeError(error)}`);
      return { edit: null, fixable: 0 };
    }
  });

  /** The open document with every received change applied and its whole-file facts settled; undefined unless it is analysed. */
  async function currentDocument(uri: string): Promise<OpenDocument | undefined> {
    let doc = documents.get(uri);
    if (!doc) return undefined;
    if (!doc.settings) {
      await settingsFor(doc.uri);
      doc = documents.get(uri);
      if (!doc?.settings) return undefined;
    }
    applyPending(doc);
    if (doc.state === 'ok' && !doc.analysis) refresh(doc);
    if (doc.state !== 'ok' || !doc.analysis) return undefined;
    if (doc.analysis.needsSettling) settle(doc);
    return doc;
  }

  function actionContext(doc: OpenDocument, analysis: IncrementalAnalysis, settings: Settings): ActionContext {
    return {
      uri: doc.uri,
      version: doc.version,
      file: analysis.sourceFile,
      findings: doc.published,
      rules,
      settings,
      path: uriToPath(doc.uri),
      documentChanges,
      resolveLater: resolveEdits,
    };
  }

  /** Only diagnostics that match a finding published for the current text get actions. */
  function currentDiagnostics(doc: OpenDocument, diagnostics: readonly Diagnostic[]): Diagnostic[] {
    if (!doc.analysis) return [];
    const current = new Set(doc.published.map((f) => `${f.ruleId}:${f.start}:${f.end}`));
    const lines = doc.analysis.sourceFile.lineIndex;
    return diagnostics.filter((d) => {
      const start = lines.offsetAt({ line: d.range.start.line, column: d.range.start.character });
      const end = lines.offsetAt({ line: d.range.end.line, column: d.range.end.character });
      return current.has(`${String(d.code)}:${start}:${end}`);
    });
  }

  // The migration progress view's workspace scan and "fix rule X in folder Y" (workspaceScan.ts).
  registerWorkspaceRequests(connection, {
    rules: () => rules,
    settingsFor,
    isExcluded,
    openDocument: (uri) => {
      // The client may spell a file's URI differently (percent-encoding) from Node's pathToFileURL.
      const fsPath = uriToPath(uri);
      const doc = documents.get(uri) ?? [...documents.values()].find((d) => fsPath !== undefined && uriToPath(d.uri) === fsPath);
      if (!doc) return undefined;
      if (doc.pending.length > 0) {
        applyPending(doc);
        if (doc.settings) refresh(doc);
        scheduleSettle(doc);
      }
      return { text: textOf(doc), version: doc.version };
    },
    error: (message) => connection.console.error(message),
  });

  connection.onShutdown(() => {
    for (const doc of documents.values()) disposeAnalysis(doc);
    documents.clear();
  });

  function scheduleSettle(doc: OpenDocument): void {
    clearTimeout(doc.settleTimer);
    if (!doc.analysis?.needsSettling) {
      doc.unsettledSince = undefined;
      return;
    }
    doc.unsettledSince ??= performance.now();
    const delay = Math.max(0, Math.min(SETTLE_DELAY_MS, SETTLE_MAX_WAIT_MS - (performance.now() - doc.unsettledSince)));
    doc.settleTimer = setTimeout(() => {
      doc.settleTimer = undefined;
      if (documents.get(doc.uri) !== doc || doc.pending.length > 0 || !doc.analysis?.needsSettling) return;
      settle(doc);
    }, delay);
  }

  /** Re-checks the whole-file facts the last updates presumed; publishes again if the findings changed. */
  function settle(doc: OpenDocument): void {
    clearTimeout(doc.settleTimer);
    doc.settleTimer = undefined;
    doc.unsettledSince = undefined;
    if (!doc.analysis || !doc.settings) return;
    try {
      doc.analysis.settle();
      const findings = doc.analysis.findings();
      if (!sameFindings(findings, doc.published)) publish(doc, doc.settings);
    } catch (error) {
      connection.console.error(`py3migrate: analysing ${doc.uri} failed: ${describeError(error)}`);
      disposeAnalysis(doc);
    }
  }

  function requestSettings(doc: OpenDocument): void {
    const request = ++doc.settingsRequest;
    settingsFor(doc.uri).then(
      (settings) => {
        if (documents.get(doc.uri) !== doc || doc.settingsRequest !== request) return;
        applyPending(doc);
        doc.settings = settings;
        refresh(doc);
      },
      (error: unknown) => connection.console.error(`py3migrate: reading settings for ${doc.uri} failed: ${describeError(error)}`),
    );
  }

  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri);
    if (!settings) {
      const raw: Promise<unknown> = canAskConfiguration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'py3migrate' }).catch((error: unknown) => {
            connection.console.warn(`py3migrate: workspace/configuration failed (${describeError(error)}); using the default settings`);
            return undefined;
          })
        : Promise.resolve(pushedSettings);
      settings = raw.then((value) => {
        const parsed = resolveSettings(value, projectConfigFor(uri), rules.rules);
        for (const problem of parsed.problems) warn(problem);
        return parsed.settings;
      });
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  function projectConfigFor(uri: string): LoadedConfig | undefined {
    const fsPath = uriToPath(uri);
    if (!fsPath) return undefined;
    // The workspace scan asks for a folder's settings (for the entries in it): a folder starts from itself.
    const dir = isDirectory(fsPath) ? fsPath : path.dirname(fsPath);
    if (!projectConfigs.has(dir)) projectConfigs.set(dir, findProjectConfig(dir, { ruleIds: rules.rules.map((r) => r.id) }));
    return projectConfigs.get(dir);
  }

  function warn(message: string): void {
    if (warned.has(message)) return;
    warned.add(message);
    connection.console.warn(message);
    void connection.window.showWarningMessage(message);
  }

  function textOf(doc: OpenDocument): string {
    return doc.analysis ? doc.analysis.text : doc.text;
  }

  function applyPending(doc: OpenDocument): void {
    if (doc.pending.length === 0) return;
    const pending = doc.pending;
    doc.pending = [];
    if (!doc.analysis) {
      doc.text = toTextChanges(doc.text, new LineIndex(doc.text), pending).text;
      return;
    }
    const { changes, text } = toTextChanges(doc.analysis.text, doc.analysis.sourceFile.lineIndex, pending);
    try {
      doc.analysis.update(changes);
    } catch (error) {
      // The incremental path must never cost the user their diagnostics: start over from the text.
      connection.console.error(`py3migrate: incremental update of ${doc.uri} failed, analysing it again: ${describeError(error)}`);
      disposeAnalysis(doc);
      doc.text = text;
    }
  }

  function disposeAnalysis(doc: OpenDocument): void {
    if (!doc.analysis) return;
    doc.text = doc.analysis.text;
    try {
      doc.analysis.dispose();
    } catch {
      // A failed update may have released the tree already.
    }
    doc.analysis = undefined;
  }

  /** Decides what the document gets under its settings (excluded, too large, analysed), then publishes. */
  function refresh(doc: OpenDocument): void {
    const settings = doc.settings ?? DEFAULT_SETTINGS;
    try {
      if (isExcluded(doc.uri, settings.exclude)) {
        disposeAnalysis(doc);
        doc.state = 'excluded';
      } else if (exceedsBytes(textOf(doc), settings.maxFileSize)) {
        disposeAnalysis(doc);
        doc.state = 'tooLarge';
      } else {
        doc.state = 'ok';
        if (!doc.analysis) {
          doc.analysis = new IncrementalAnalysis(split, doc.text, settings.severities, uriToPath(doc.uri));
          doc.text = '';
        } else if (!sameSeverities(doc.analysis.severitiesInForce, settings.severities)) {
          doc.analysis.setSeverities(settings.severities);
        }
      }
      publish(doc, settings);
    } catch (error) {
      connection.console.error(`py3migrate: analysing ${doc.uri} failed: ${describeError(error)}`);
      disposeAnalysis(doc);
    }
  }

  function publish(doc: OpenDocument, settings: Settings): void {
    let diagnostics: Diagnostic[] = [];
    let fixable = 0;
    let summary: Pick<FileStatusParams, 'status' | 'compatShims' | 'categories' | 'ruleCategories'> = {};
    doc.published = [];
    if (doc.state === 'tooLarge') {
      diagnostics = [tooLargeDiagnostic(Buffer.byteLength(textOf(doc), 'utf8'), settings.maxFileSize)];
    } else if (doc.state === 'ok' && doc.analysis) {
      const findings = doc.analysis.findings();
      const lines = doc.analysis.sourceFile.lineIndex;
      doc.published = findings;
      diagnostics = findings.map((f) => toDiagnostic(f, lines, settings));
      fixable = findings.filter((f) => isFixable(f, settings.target)).length;
      const compatShims = usesCompatShims(doc.analysis.text, doc.analysis.sourceFile.futureFeatures);
      summary = { status: migrationStatus(findings.length, compatShims), compatShims, ...summarizeCategories(findings, settings.target, (id) => rules.get(id)?.category) };
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    void connection.sendNotification(FileStatusNotification.type, {
      uri: doc.uri,
      findings: doc.state === 'ok' ? diagnostics.length : 0,
      fixable,
      state: doc.state,
      ...summary,
    });
  }

  function isExcluded(uri: string, globs: readonly string[]): boolean {
    if (globs.length === 0) return false;
    const fsPath = uriToPath(uri);
    if (!fsPath) return false;
    const folder = workspaceFolders
      .filter((f) => fsPath === f || fsPath.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    const relative = (folder ? path.relative(folder, fsPath) : fsPath).split(path.sep).join('/');
    const absolute = fsPath.split(path.sep).join('/');
    return globs.some((glob) => (path.isAbsolute(glob) ? matchesGlob(glob, absolute) : matchesGlob(glob, relative)));
  }
}

function isDirectory(fsPath: string): boolean {
  try {
    return fs.statSync(fsPath).isDirectory();
  } catch {
    // An unsaved or deleted file: its folder is still the place to look from.
    return false;
  }
}

function isPython(uri: string, languageId: string): boolean {
  return languageId === 'python' || /\.pyw?$/i.test(uri);
}


/** Whether the text's UTF-8 size exceeds `limit`, without encoding it when the length alone decides. */
function exceedsBytes(text: string, limit: number): boolean {
  // One UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, two units, is 4).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return Buffer.byteLength(text, 'utf8') > limit;
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i] || JSON.stringify(f) === JSON.stringify(b[i]));
}

function sameSeverities(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
