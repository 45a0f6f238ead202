// One input's check, as both the main thread (--jobs 1, stdin) and a worker thread run it: read,
// decode, parse, analyze, locate. The result carries what the main thread prints about the file,
// in order, and never the file's text (a worker posts it back; a big tree must not pile texts up).

import { createHash } from 'node:crypto';
import { SourceFile, fixForTarget, importEdits, type Finding, type LineIndex, type RuleSelection, type RuleSet, type Target } from '../engine';
import { firstSyntaxError, toCliFindings, type CliFinding } from './analysis';
import { readSourceFile, type ReadResult } from './files';

export interface CheckJob {
  /** Position in the run's input list: results are printed in this order. */
  index: number;
  display: string;
  /** undefined for standard input. */
  fsPath?: string;
  /** Named on the command line (not found by walking a folder). */
  named: boolean;
}

export interface CheckSettings extends RuleSelection {
  target: Target;
  maxBytes: number;
  /** Attach each safe fix's replacements to its finding (for SARIF `fixes`). */
  withFixEdits?: boolean;
  /**
   * Give each finding its fingerprint and code excerpt. Only a baseline and SARIF read them, and
   * hashing every finding's line costs ~0.1 s over the 2.7 stdlib's 14,000 findings.
   */
  withFingerprints?: boolean;
}

/** One replacement of a safe fix, 1-based like the finding; an insertion has an empty range. */
export interface FixEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface CheckedFinding extends CliFinding {
  /**
   * With settings.withFingerprints (read it through fingerprintOf): what the baseline matches on
   * instead of the line number, a hash of the flagged code and of the whole line it starts on, both
   * with whitespace runs collapsed, so lines inserted above (or re-indentation) do not turn a known
   * finding into a new one.
   */
  fingerprint?: string;
  /** With settings.withFingerprints: the start line's text, trimmed and shortened, so a person reading the baseline finds the spot. */
  code?: string;
  /** With settings.withFixEdits: the safe fix's edits, its imports included. */
  fixEdits?: FixEdit[];
}

export interface FileMessage {
  level: 'error' | 'warn';
  text: string;
}

export interface FileResult {
  index: number;
  /** Read, decoded and analyzed (possibly with a syntax error). */
  checked: boolean;
  /** Could not be read, decoded or analyzed: counts toward exit code 2. */
  failed: boolean;
  messages: FileMessage[];
  findings: CheckedFinding[];
}

export function checkFileJob(rules: RuleSet, job: CheckJob, settings: CheckSettings): FileResult {
  if (job.fsPath === undefined) throw new Error('checkFileJob needs a file path; stdin is read by the caller');
  return checkRead(rules, job, readSourceFile(job.fsPath, settings.maxBytes), settings);
}

export function checkRead(rules: RuleSet, job: CheckJob, read: ReadResult, settings: CheckSettings): FileResult {
  const result: FileResult = { index: job.index, checked: false, failed: false, messages: [], findings: [] };
  if (!read.ok) {
    result.failed = true;
    result.messages.push({ level: 'error', text: `${job.display}: ${read.problem} (skipped)` });
    return result;
  }
  const text = read.source.text;
  // Empty files are normal (`__init__.py`); only one the user named gets a word about it.
  if (job.fsPath !== undefined && job.named && text.length === 0) result.messages.push({ level: 'warn', text: `${job.display}: empty file, nothing to check` });
  try {
    const file = SourceFile.parse(text);
    try {
      const findings = rules.analyze(file, { ...settings, path: job.fsPath });
      const syntaxError = firstSyntaxError(file);
      if (syntaxError) {
        result.messages.push({
          level: 'warn',
          text: `${job.display}:${syntaxError.line}:${syntaxError.column}: does not parse (syntax error); findings in and after that part may be missing`,
        });
      }
      if (findings.length > 0) {
        // Building the line index costs a pass over the text; most files in a big tree have no findings.
        const lines = file.lineIndex;
        const located = toCliFindings(lines, findings, job.display, settings.target);
        result.findings = located.map((f, i) => {
          const checked: CheckedFinding = f;
          if (settings.withFingerprints) {
            const lineText = lines.lineText(f.line - 1);
            checked.fingerprint = fingerprint(text.slice(findings[i].start, findings[i].end), lineText);
            checked.code = excerpt(lineText);
          }
          if (settings.withFixEdits) {
            const edits = safeFixEdits(file, findings[i], settings.target, lines);
            if (edits) checked.fixEdits = edits;
          }
          return checked;
        });
      }
    } finally {
      file.dispose();
    }
    result.checked = true;
  } catch (error) {
    // A bug in one rule must not stop the run over a whole tree.
    result.failed = true;
    result.messages.push({ level: 'error', text: `${job.display}: internal error: ${(error as Error).stack ?? String(error)}` });
  }
  return result;
}

function safeFixEdits(file: SourceFile, finding: Finding, target: Target, lines: LineIndex): FixEdit[] | undefined {
  const fix = fixForTarget(finding, target);
  if (!fix || fix.safety !== 'safe') return undefined;
  const edits = [...fix.edits, ...importEdits(file, fix.imports ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  return edits.map((e) => {
    const start = lines.positionAt(e.start);
    const end = lines.positionAt(e.end);
    return { line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1, text: e.newText };
  });
}

/** The finding's fingerprint, which the run asked for (settings.withFingerprints). */
export function fingerprintOf(f: CheckedFinding): string {
  if (f.fingerprint === undefined) throw new Error('internal error: this check ran without fingerprints');
  return f.fingerprint;
}

function normalise(code: string): string {
  return code.replace(/\s+/g, ' ').trim();
}

export function fingerprint(flagged: string, lineText: string): string {
  return createHash('sha256').update(normalise(flagged)).update('\0').update(normalise(lineText)).digest('hex').slice(0, 16);
}

function excerpt(lineText: string): string {
  const line = normalise(lineText);
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

/** The finding as `--format json` prints it: the documented fields only. */
export function publicFinding(f: CheckedFinding): CliFinding {
  const { fingerprint: _fp, code: _code, fixEdits: _edits, ...rest } = f;
  return rest;
}
