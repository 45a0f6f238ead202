// One file's analysis as the CLI reports it: findings with 1-based line/column, and the first
// syntax error when tree-sitter could not parse part of the file.

import { SourceFile, fixForTarget, syntaxErrors, type Finding, type LineIndex, type RuleSelection, type RuleSet, type Target } from '../engine';

export interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CliFinding extends Located {
  path: string;
  rule: string;
  severity: Finding['severity'];
  message: string;
  /** A fix exists for the chosen target (safe or unsafe). */
  fixable: boolean;
  fix: { title: string; safety: 'safe' | 'unsafe' } | null;
}

export interface SourceAnalysis {
  findings: CliFinding[];
  /** Where the first syntax error is, 1-based, when the file does not parse cleanly. */
  syntaxError?: { line: number; column: number };
}

/** `fsPath`: the file on disk, for rules that look at the files beside it (implicit-relative-import); undefined for stdin. */
export function analyzeSource(rules: RuleSet, text: string, displayPath: string, target: Target, selection: RuleSelection, fsPath?: string): SourceAnalysis {
  const file = SourceFile.parse(text);
  try {
    const findings = rules.analyze(file, { ...selection, path: fsPath });
    // Building the line index costs a pass over the text; most files in a big tree have no findings.
    const located = findings.length > 0 ? toCliFindings(file.lineIndex, findings, displayPath, target) : [];
    return { findings: located, syntaxError: firstSyntaxError(file) };
  } finally {
    file.dispose();
  }
}

export function firstSyntaxError(file: SourceFile): { line: number; column: number } | undefined {
  if (!file.root.hasError) return undefined;
  const [first] = syntaxErrors(file, 1);
  if (!first) return undefined;
  const at = file.lineIndex.positionAt(first.start);
  return { line: at.line + 1, column: at.column + 1 };
}

export function toCliFindings(lineIndex: LineIndex, findings: readonly Finding[], displayPath: string, target: Target): CliFinding[] {
  return findings.map((finding) => {
    const start = lineIndex.positionAt(finding.start);
    const end = lineIndex.positionAt(finding.end);
    const fix = fixForTarget(finding, target);
    return {
      path: displayPath,
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
      fixable: fix !== undefined,
      fix: fix ? { title: fix.title, safety: fix.safety } : null,
    };
  });
}

/** `path:line:col: rule-id message [*]`, the marker on findings `fix` applies without --unsafe-fixes. */
export function formatFindingText(f: CliFinding): string {
  return `${f.path}:${f.line}:${f.column}: ${f.rule} ${f.message}${f.fix?.safety === 'safe' ? ' [*]' : ''}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
