// Applies many fixes to one text: edits from all rules merge; a fix whose edits overlap
// one already taken waits for the next round, which re-analyses the new text; rounds go on
// until nothing changes. The result is checked: if it parses worse than the input, the
// input is returned untouched and the result says why.

import type { RuleSet, RuleSelection } from './analyze';
import { importEdits } from './imports';
import { SourceFile } from './sourceFile';
import { unusedImportEdits } from './unusedImports';
import { syntaxErrorExtent } from './syntaxErrors';
import { fixForTarget, type Finding, type Fix, type RequiredImport, type Target, type TextEdit } from './types';

export interface FixOptions extends RuleSelection {
  target: Target;
  /** Apply fixes marked unsafe too (never the default). */
  unsafe?: boolean;
  maxRounds?: number;
  /** The file's path on disk, when known (see AnalyzeOptions.path). */
  path?: string;
}

export interface FixResult {
  /** The fixed text, or the input when the fix was refused. */
  text: string;
  changed: boolean;
  /** Number of fixes applied, over all rounds. */
  appliedFixes: number;
  appliedByRule: Map<string, number>;
  rounds: number;
  /** Findings left in the fixed text (or in the input when refused). */
  remaining: Finding[];
  /** Set when the fixed text parsed with more errors than the input: nothing was changed. */
  refused?: string;
}

export function isFixApplicable(fix: Fix | undefined, unsafe: boolean): fix is Fix {
  return fix !== undefined && (fix.safety === 'safe' || unsafe);
}

export function fixText(rules: RuleSet, text: string, options: FixOptions): FixResult {
  const maxRounds = options.maxRounds ?? 12;
  let file = SourceFile.parse(text);
  const errorsBefore = syntaxErrorExtent(file);
  const appliedByRule = new Map<string, number>();
  let appliedFixes = 0;
  let rounds = 0;
  let findings = rules.analyze(file, options);
  try {
    while (rounds < maxRounds) {
      const fixes: { finding: Finding; fix: Fix }[] = [];
      for (const finding of findings) {
        const fix = fixForTarget(finding, options.target);
        if (isFixApplicable(fix, options.unsafe ?? false)) fixes.push({ finding, fix });
      }
      const chosen = chooseNonOverlapping(fixes);
      if (chosen.length === 0) break;
      rounds++;
      const next = applyFixesOnce(file, chosen.map((c) => c.fix));
      if (next.text === file.text) break;
      for (const { finding } of chosen) appliedByRule.set(finding.ruleId, (appliedByRule.get(finding.ruleId) ?? 0) + 1);
      appliedFixes += chosen.length;
      file.dispose();
      file = next;
      findings = rules.analyze(file, options);
    }
    const errorsAfter = file.text !== text ? syntaxErrorExtent(file) : errorsBefore;
    if (errorsAfter > errorsBefore || (errorsBefore === 0 && errorsAfter > 0)) {
      const original = SourceFile.parse(text);
      const remaining = rules.analyze(original, options);
      original.dispose();
      return {
        text, changed: false, appliedFixes: 0, appliedByRule: new Map(), rounds, remaining,
        refused: 'the fixed code would not parse, so nothing was changed',
      };
    }
    return { text: file.text, changed: file.text !== text, appliedFixes, appliedByRule, rounds, remaining: findings };
  } finally {
    file.dispose();
  }
}

/** Applies one set of non-overlapping fixes, removes the imports they left unused, then adds the imports they need. */
export function applyFixesOnce(file: SourceFile, fixes: readonly Fix[]): SourceFile {
  const edits = fixes.flatMap((f) => f.edits);
  const imports: RequiredImport[] = fixes.flatMap((f) => f.imports ?? []);
  const edited = withoutImportsLeftUnused(file, SourceFile.parse(applyEdits(file.text, edits)), edits);
  if (imports.length === 0) return edited;
  const withImports = applyEdits(edited.text, importEdits(edited, imports));
  if (withImports === edited.text) return edited;
  edited.dispose();
  return SourceFile.parse(withImports);
}

function withoutImportsLeftUnused(before: SourceFile, edited: SourceFile, edits: readonly TextEdit[]): SourceFile {
  const removals = unusedImportEdits(before, edited, edits.map((e) => before.text.slice(e.start, e.end)));
  if (removals.length === 0) return edited;
  const pruned = SourceFile.parse(applyEdits(edited.text, removals));
  edited.dispose();
  return pruned;
}

/** The text after one fix, imports included: what a single quick fix produces. */
export function textAfterFix(file: SourceFile, fix: Fix): string {
  const after = applyFixesOnce(file, [fix]);
  const text = after.text;
  after.dispose();
  return text;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Takes fixes in source order, skipping any that touches an edit already taken. */
function chooseNonOverlapping<T extends { fix: Fix }>(candidates: T[]): T[] {
  // Each fix's first offset is computed once, not per comparison (a whole-file fix has thousands of edits).
  const starts = new Map<Fix, number>();
  const startOf = (fix: Fix): number => {
    let start = starts.get(fix);
    if (start === undefined) starts.set(fix, (start = firstStart(fix)));
    return start;
  };
  const sorted = [...candidates].sort((a, b) => startOf(a.fix) - startOf(b.fix));
  const taken: TextEdit[] = [];
  const chosen: T[] = [];
  const seen = new Set<string>();
  // A rule may hang one whole-file Fix object on many findings (mixed-tabs-spaces: one per line).
  // Its copies are skipped by identity before the string key is built: stringifying thousands of
  // edits once per finding made fixing a 10k-line file take seconds.
  const considered = new Set<Fix>();
  for (const candidate of sorted) {
    if (considered.has(candidate.fix)) continue;
    considered.add(candidate.fix);
    // Two rules proposing the identical change count once.
    const key = JSON.stringify(candidate.fix.edits);
    if (seen.has(key)) continue;
    if (candidate.fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    // Within one fix, edits must not overlap each other either.
    const own = [...candidate.fix.edits].sort((a, b) => a.start - b.start);
    if (own.some((e, i) => i > 0 && e.start < own[i - 1].end)) continue;
    seen.add(key);
    taken.push(...candidate.fix.edits);
    chosen.push(candidate);
  }
  return chosen;
}

function firstStart(fix: Fix): number {
  return fix.edits.reduce((min, e) => Math.min(min, e.start), Number.POSITIVE_INFINITY);
}
