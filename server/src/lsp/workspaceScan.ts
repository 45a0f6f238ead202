// The workspace scan behind the "Migration progress" view: every Python file under a folder is
// analysed on disk (open documents: their current text) with the settings the editor uses for it,
// one file at a time, yielding to the event loop between files so the server keeps answering the
// editor. Only counts are kept per file, never its text. Also "fix rule X in folder Y": the safe
// fixes of one rule over a folder as one WorkspaceEdit for the client's refactor preview.

import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ProgressType,
  WorkDoneProgress,
  type CancellationToken,
  type Connection,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import {
  FixRuleInFolderRequest,
  ScanWorkspaceRequest,
  type FixRuleInFolderParams,
  type FixRuleInFolderResult,
  type ScannedFile,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
} from '../../../shared/protocol';
import { DEFAULT_EXCLUDES, readSourceFile } from '../files/readSource';
import { fixForTarget, fixText, LineIndex, SourceFile, type RuleSet } from '../engine';
import { toRange } from './diagnostics';
import type { Settings } from './settings';
import { uriToPath } from './uris';

/** What the scan needs from the server that owns the open documents and the settings. */
export interface WorkspaceHost {
  rules(): RuleSet;
  /** The settings the editor uses for a file or folder URI. */
  settingsFor(uri: string): Promise<Settings>;
  /** Whether a file (or folder) URI matches `py3migrate.exclude`, relative to its workspace folder. */
  isExcluded(uri: string, globs: readonly string[]): boolean;
  /** The current text and version of an open document, with every received change applied. */
  openDocument(uri: string): { text: string; version: number } | undefined;
  error(message: string): void;
}

/** A file to analyse: found by the walk or named in the request. */
interface Candidate {
  fsPath: string;
  uri: string;
  /** Relative to the scanned folder, `/` separators. */
  relative: string;
}

/** Progress reports are sent at most this often, and whenever the whole percentage changes. */
const REPORT_INTERVAL_MS = 100;
/** With a partial-result token, analysed files are streamed in batches this far apart, or this many at a time. */
const STREAM_INTERVAL_MS = 250;
const STREAM_BATCH = 100;
const PARTIAL_FILES = new ProgressType<ScannedFile[]>();

export function registerWorkspaceRequests(connection: Connection, host: WorkspaceHost): void {
  connection.onRequest(ScanWorkspaceRequest.type, (params, token) => scanWorkspace(connection, host, params, token));
  connection.onRequest(FixRuleInFolderRequest.type, (params, token) => fixRuleInFolder(host, params, token));
}

export async function scanWorkspace(connection: Connection, host: WorkspaceHost, params: ScanWorkspaceParams, token: CancellationToken): Promise<ScanWorkspaceResult> {
  const root = uriToPath(params.folderUri);
  const result: ScanWorkspaceResult = { folderUri: params.folderUri, files: [], cancelled: false };
  if (!root) return result;
  const progress = progressFor(connection, params.workDoneToken);
  progress.begin(params.files ? 'py3migrate: checking saved files' : `py3migrate: scanning ${path.basename(root) || root}`);
  let analysed = 0;
  const settingsByFolder = new Map<string, Promise<Settings>>();
  const settingsOf = (dir: string): Promise<Settings> => {
    let settings = settingsByFolder.get(dir);
    if (!settings) settingsByFolder.set(dir, (settings = host.settingsFor(pathToFileURL(dir).href)));
    return settings;
  };
  try {
    const candidates = params.files ? namedFiles(root, params.files) : await walk(root, settingsOf, host, token);
    let lastReport = 0;
    let lastPercent = -1;
    let lastStream = performance.now();
    const partialToken = params.partialResultToken;
    for (let i = 0; i < candidates.length; i++) {
      if (token.isCancellationRequested) break;
      const candidate = candidates[i];
      const percent = Math.floor((i * 100) / candidates.length);
      const now = performance.now();
      if (percent !== lastPercent || now - lastReport >= REPORT_INTERVAL_MS) {
        progress.report(percent, `${candidate.relative} (${i + 1}/${candidates.length})`);
        lastPercent = percent;
        lastReport = now;
      }
      if (partialToken !== undefined && result.files.length > 0 && (now - lastStream >= STREAM_INTERVAL_MS || result.files.length >= STREAM_BATCH)) {
        // The view fills in while the scan goes on; what is sent is not kept.
        void connection.sendProgress(PARTIAL_FILES, partialToken, result.files);
        result.files = [];
        lastStream = now;
      }
      const settings = await settingsOf(path.dirname(candidate.fsPath));
      if (!host.isExcluded(candidate.uri, settings.exclude)) {
        analysed++;
        try {
          result.files.push(scanFile(host, candidate, settings));
        } catch (error) {
          host.error(`py3migrate: scanning ${candidate.fsPath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          result.files.push({ ...emptyFile(candidate), unreadable: `analysis failed: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
      // Let queued editor messages (didChange, codeAction) run before the next file.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    result.cancelled = token.isCancellationRequested;
    return result;
  } finally {
    progress.done(result.cancelled ? `cancelled after ${analysed} files` : `${analysed} files`);
  }
}

function scanFile(host: WorkspaceHost, candidate: Candidate, settings: Settings): ScannedFile {
  const entry = emptyFile(candidate);
  const open = host.openDocument(candidate.uri);
  let text: string;
  if (open) {
    if (Buffer.byteLength(open.text, 'utf8') > settings.maxFileSize) return { ...entry, unreadable: tooLarge(settings.maxFileSize) };
    text = open.text;
  } else {
    const read = readFile(candidate.fsPath, settings.maxFileSize);
    if (!read.ok) return { ...entry, unreadable: read.problem };
    text = read.text;
  }
  const file = SourceFile.parse(text);
  try {
    const findings = host.rules().analyze(file, { severities: settings.severities, path: candidate.fsPath });
    // The line index costs a pass over the text: only files with findings need one.
    const lines = findings.length > 0 ? file.lineIndex : undefined;
    for (const finding of findings) {
      const rule = finding.ruleId;
      entry.findings[rule] = (entry.findings[rule] ?? 0) + 1;
      if (fixForTarget(finding, settings.target)?.safety === 'safe') entry.safeFixable[rule] = (entry.safeFixable[rule] ?? 0) + 1;
      if (!entry.first[rule] && lines) {
        const at = lines.positionAt(finding.start);
        entry.first[rule] = { line: at.line, character: at.column };
      }
    }
    return entry;
  } finally {
    file.dispose();
  }
}

export async function fixRuleInFolder(host: WorkspaceHost, params: FixRuleInFolderParams, token: CancellationToken): Promise<FixRuleInFolderResult> {
  const root = uriToPath(params.folderUri);
  const documentChanges: TextDocumentEdit[] = [];
  const result: FixRuleInFolderResult = { edit: { documentChanges }, files: 0, fixes: 0, skipped: [] };
  const rule = host.rules().get(params.ruleId);
  if (!root || !rule) return result;
  // Selecting a rule by id runs it even when it is opt-in: fix only where the editor reports it.
  const enabled = (settings: Settings): boolean => {
    const severity = settings.severities.get(params.ruleId);
    return severity ? severity !== 'off' : rule.defaultEnabled !== false;
  };
  const settingsByFolder = new Map<string, Promise<Settings>>();
  const settingsOf = (dir: string): Promise<Settings> => {
    let settings = settingsByFolder.get(dir);
    if (!settings) settingsByFolder.set(dir, (settings = host.settingsFor(pathToFileURL(dir).href)));
    return settings;
  };
  const candidates = params.files ? namedFiles(root, params.files) : await walk(root, settingsOf, host, token);
  for (const candidate of candidates) {
    if (token.isCancellationRequested) break;
    const settings = await settingsOf(path.dirname(candidate.fsPath));
    if (host.isExcluded(candidate.uri, settings.exclude) || !enabled(settings)) continue;
    const open = host.openDocument(candidate.uri);
    let text: string;
    if (open) {
      text = open.text;
    } else {
      const read = readFile(candidate.fsPath, settings.maxFileSize);
      if (!read.ok) {
        result.skipped.push({ uri: candidate.uri, reason: read.problem });
        continue;
      }
      text = read.text;
    }
    const fixed = fixText(host.rules(), text, {
      path: candidate.fsPath,
      target: settings.target,
      unsafe: false,
      select: new Set([params.ruleId]),
      severities: settings.severities,
    });
    if (fixed.refused) result.skipped.push({ uri: candidate.uri, reason: fixed.refused });
    if (fixed.changed) {
      const edits = lineHunks(text, fixed.text);
      documentChanges.push({ textDocument: { uri: candidate.uri, version: open ? open.version : null }, edits });
      result.files++;
      result.fixes += fixed.appliedFixes;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return result;
}

/**
 * The edits turning `before` into `after`, one per changed run of lines, so the refactor preview
 * lists each change on its own. Lines that match are left out; after a difference, the next match
 * is looked for a bounded distance ahead (fixes change few lines each).
 */
export function lineHunks(before: string, after: string): LspTextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const lines = new LineIndex(before);
  const edits: LspTextEdit[] = [];
  const LOOKAHEAD = 200;
  let i = 0;
  let j = 0;
  let offset = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      offset += a[i].length;
      i++;
      j++;
      continue;
    }
    // The nearest resync point (smallest di + dj) where two lines match again.
    let di = a.length - i;
    let dj = b.length - j;
    search: for (let d = 1; d <= 2 * LOOKAHEAD; d++) {
      for (let x = Math.max(0, d - LOOKAHEAD); x <= Math.min(d, LOOKAHEAD); x++) {
        const y = d - x;
        if (i + x < a.length && j + y < b.length && a[i + x] === b[j + y]) {
          di = x;
          dj = y;
          break search;
        }
      }
    }
    let removed = 0;
    for (let k = 0; k < di; k++) removed += a[i + k].length;
    edits.push({ range: toRange(lines, offset, offset + removed), newText: b.slice(j, j + dj).join('') });
    offset += removed;
    i += di;
    j += dj;
  }
  return edits;
}

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

interface WorkDoneReporter {
  begin(title: string): void;
  report(percentage: number, message: string): void;
  done(message: string): void;
}

function progressFor(connection: Connection, token: string | number | undefined): WorkDoneReporter {
  if (token === undefined) return { begin: () => undefined, report: () => undefined, done: () => undefined };
  return {
    begin: (title) => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title, percentage: 0, cancellable: true }),
    report: (percentage, message) => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', percentage, message }),
    done: (message) => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end', message }),
  };
}

/**
 * Every `*.py` file under `root`, sorted by path, skipping the CLI's default excludes (.git,
 * .venv, __pycache__, site-packages...) and folders matching `py3migrate.exclude`. Symlinked
 * folders are not followed (they can loop). Asynchronous, so a big tree does not block the server.
 */
async function walk(root: string, settingsOf: (dir: string) => Promise<Settings>, host: WorkspaceHost, token: CancellationToken): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const skip = new Set(DEFAULT_EXCLUDES);
  const visit = async (dir: string, relative: string): Promise<void> => {
    if (token.isCancellationRequested) return;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      // An unreadable folder has no files to report; the editor cannot open them either.
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const settings = await settingsOf(dir);
    for (const entry of entries) {
      if (skip.has(entry.name)) continue;
      const child = path.join(dir, entry.name);
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!host.isExcluded(pathToFileURL(child).href, settings.exclude)) await visit(child, childRelative);
      } else if (/\.pyw?$/.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
        out.push({ fsPath: child, uri: pathToFileURL(child).href, relative: childRelative });
      }
    }
  };
  await visit(root, '');
  return out;
}

function namedFiles(root: string, uris: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const uri of uris) {
    const fsPath = uriToPath(uri);
    if (!fsPath) continue;
    const relative = path.relative(root, fsPath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    out.push({ fsPath, uri: pathToFileURL(fsPath).href, relative: relative.split(path.sep).join('/') });
  }
  return out;
}

function emptyFile(candidate: Candidate): ScannedFile {
  return { uri: candidate.uri, path: candidate.relative, findings: {}, safeFixable: {}, first: {} };
}

function readFile(fsPath: string, maxBytes: number): { ok: true; text: string } | { ok: false; problem: string } {
  const read = readSourceFile(fsPath, maxBytes);
  if (read.ok) return { ok: true, text: read.source.text };
  // The CLI's wording names its --max-file-size flag; the editor's limit is a setting.
  return { ok: false, problem: read.problem.startsWith('file is ') ? tooLarge(maxBytes) : read.problem };
}

function tooLarge(maxBytes: number): string {
  return `larger than py3migrate.maxFileSize (${maxBytes} bytes): not checked`;
}

