// Findings -> LSP diagnostics. Each diagnostic carries, in `data`, the fix for the configured
// target, so a code action needs no second analysis.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { fixForTarget, type Finding, type LineIndex, type RequiredImport, type Severity, type Target } from '../engine';
import type { Settings } from './settings';

export const SOURCE = 'py3migrate';

export interface FixData {
  title: string;
  safety: 'safe' | 'unsafe';
  /**
   * Absent when the fix has more than MAX_DATA_EDITS edits: print-statement's fix converts every
   * print in the file and rides on every print finding, so embedding it would make each publish
   * quadratic in the number of prints. The server then takes the fix from the published finding.
   */
  edits?: LspTextEdit[];
  editCount: number;
  imports?: RequiredImport[];
}

export const MAX_DATA_EDITS = 16;

export interface DiagnosticData {
  ruleId: string;
  /** The fix for the target in force when the diagnostic was published. */
  fix?: FixData;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

// The rule pages ship in the extension folder, beside dist/ (this bundle is dist/server.js).
const BUNDLED_DOCS = path.join(__dirname, '..', 'docs', 'rules');

const bundledDocsUrls = new Map<string, string>();
/** Set from the client's initializationOptions (VS Code: a vscode:// URI its URI handler opens in a markdown preview). */
let bundledDocsBase: string | undefined;

/** Links to the bundled pages become `<url><rule-id>.md` instead of file:// URLs; ignored unless an absolute URL. */
export function setBundledDocsUrl(url: string | undefined): void {
  bundledDocsBase = undefined;
  if (!url) return;
  try {
    new URL(url);
  } catch {
    return;
  }
  bundledDocsBase = url.endsWith('/') ? url : url + '/';
}

export function ruleDocsUrl(ruleId: string, settings: Settings): string {
  if (settings.docsBaseUrl) return settings.docsBaseUrl + encodeURIComponent(ruleId) + '.md';
  if (bundledDocsBase) return bundledDocsBase + encodeURIComponent(ruleId) + '.md';
  let url = bundledDocsUrls.get(ruleId);
  if (!url) bundledDocsUrls.set(ruleId, (url = pathToFileURL(path.join(BUNDLED_DOCS, ruleId + '.md')).href));
  return url;
}

export function toRange(lines: LineIndex, start: number, end: number): Range {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return { start: { line: s.line, character: s.column }, end: { line: e.line, character: e.column } };
}

export function toDiagnostic(finding: Finding, lines: LineIndex, settings: Settings): Diagnostic {
  const fix = fixForTarget(finding, settings.target);
  const data: DiagnosticData = { ruleId: finding.ruleId };
  if (fix) {
    data.fix = {
      title: fix.title,
      safety: fix.safety,
      ...(fix.edits.length <= MAX_DATA_EDITS ? { edits: fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) } : {}),
      editCount: fix.edits.length,
      ...(fix.imports?.length ? { imports: fix.imports } : {}),
    };
  }
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId, settings) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

export function isFixable(finding: Finding, target: Target): boolean {
  return fixForTarget(finding, target) !== undefined;
}

export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `py3migrate skipped this file: it is ${formatBytes(bytes)}, larger than the ${formatBytes(limit)} limit (raise it with the py3migrate.maxFileSize setting)`,
  };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
