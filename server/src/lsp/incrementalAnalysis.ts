// Keeps one open document's findings current while the user types, without re-running the
// full rule query (20-27 ms on a 10,000-line file) on every keystroke.
//
// update(), on every change: only the top-level statements the edit touched (plus the ranges
// where tree-sitter says the tree's structure changed) are queried again; findings elsewhere are
// kept, their offsets shifted past the edit. Cheap whole-file rules (`checkFile`) run whole.
// Whole-file facts that rules memoised on the SourceFile (the names the module binds, the set of
// print conversions, the top-level imports) are presumed unchanged, and slow whole-file rules keep
// their shifted findings: recomputing those costs tens of milliseconds on a large file.
// A change to the `__future__` imports re-analyses everything at once.
//
// settle(), when the user pauses: recomputes those facts; if one changed, everything is analysed
// again (a finding far from the edit may depend on it); else the slow whole-file rules run.
// After settle() the findings equal a fresh full analysis (test/lsp/incrementalAnalysis.test.ts).
//
// Findings are kept with ignore comments NOT applied; the filter runs on the whole text each
// time findings are read, since an ignore comment can sit outside the statement it silences.

import {
  ignoreDirectives,
  isIgnored,
  LineIndex,
  RuleSet,
  SourceFile,
  type Finding,
  type Rule,
  type Severity,
  type TextChange,
  type TextEdit,
  withoutExplainedSyntaxErrors,
} from '../engine';

/**
 * The registry split in two RuleSets: the ranged half (queries and every other per-node match
 * mechanism) can be restricted to a range, the checkFile half cannot. A rule with both appears in
 * both halves, so its ranged findings are kept per range and its checkFile findings redone whole.
 */
export class SplitRuleSet {
  readonly queryRules: RuleSet;
  readonly fileRules: RuleSet;
  /** Each whole-file rule alone, so each can be timed and re-run on its own; built once, shared by every document. */
  readonly fileRuleSets: readonly { id: string; set: RuleSet }[];

  constructor(readonly rules: RuleSet) {
    this.queryRules = new RuleSet(rules.rules.map((r): Rule => ({ ...isolated(r), checkFile: undefined })));
    // The per-node match mechanisms are omitted and everything else is kept: picking fields instead
    // dropped rule metadata twice (defaultEnabled, then quietInPython3), so an opt-in rule ran
    // unselected and a Python 3 file got findings the CLI keeps quiet. A match mechanism added to
    // Rule later must be added to this list.
    this.fileRules = new RuleSet(
      rules.rules
        .filter((r) => r.checkFile)
        .map((r): Rule => ({ ...isolated(r), query: undefined, onMatch: undefined, identifiers: undefined, onIdentifier: undefined, keywords: undefined, onKeyword: undefined })),
    );
    this.fileRuleSets = this.fileRules.rules.map((rule) => ({ id: rule.id, set: new RuleSet([rule]) }));
  }
}

let ruleErrorHandler: (ruleId: string, error: unknown) => void = () => undefined;

/** Where a rule that throws is reported (the server logs it); the rule's findings for that run are lost, the others' are kept. */
export function onRuleError(handler: (ruleId: string, error: unknown) => void): void {
  ruleErrorHandler = handler;
}

/** One rule that throws on some code must not cost the user every other rule's diagnostics: every callback is wrapped. */
function isolated(rule: Rule): Rule {
  const copy: Record<string, unknown> = { ...rule };
  for (const [key, value] of Object.entries(rule)) {
    if (typeof value !== 'function') continue;
    const callback = value as (...args: unknown[]) => unknown;
    copy[key] = (...args: unknown[]): unknown => {
      try {
        return callback.apply(rule, args);
      } catch (error) {
        ruleErrorHandler(rule.id, error);
        return undefined;
      }
    };
  }
  return copy as unknown as Rule;
}

const splitSets = new WeakMap<RuleSet, SplitRuleSet>();

export function splitRuleSet(rules: RuleSet): SplitRuleSet {
  let split = splitSets.get(rules);
  if (!split) splitSets.set(rules, (split = new SplitRuleSet(rules)));
  return split;
}

interface Span {
  start: number;
  end: number;
}

export interface UpdateStats {
  /** 'full' when a file-wide fact changed; otherwise the re-analysed ranges. */
  mode: 'full' | 'ranges';
  ranges: Span[];
}

/** A whole-file rule pass slower than this is left to settle() instead of running on every keystroke. */
const SLOW_FILE_RULE_MS = 4;

export class IncrementalAnalysis {
  private file: SourceFile;
  private queryFindings: Finding[] = [];
  /** Findings of each checkFile rule, and how long its last whole-file run took. */
  private fileFindings = new Map<string, Finding[]>();
  private fileRuleCost = new Map<string, number>();
  private futures = '';
  /** The last update presumed facts unchanged or kept a slow rule's findings: settle() must check. */
  private unsettled = false;

  constructor(
    private readonly rules: SplitRuleSet,
    text: string,
    private severities: ReadonlyMap<string, Severity | 'off'> = new Map(),
    /** The document's file path, for rules that look beside the file (implicit-relative-import). */
    private readonly path?: string,
  ) {
    this.file = SourceFile.parse(text);
    this.analyseAll();
  }

  get sourceFile(): SourceFile {
    return this.file;
  }

  get text(): string {
    return this.file.text;
  }

  /** True when findings() may still change without an edit, once settle() runs. */
  get needsSettling(): boolean {
    return this.unsettled;
  }

  /** The findings to publish: sorted, ignore comments applied. */
  findings(): Finding[] {
    // The query and file halves each dropped only the syntax errors their own findings explain; a
    // full analysis drops those any finding explains, so the merged list is filtered once more.
    const all = withoutExplainedSyntaxErrors(mergeFindings(this.queryFindings, [...this.fileFindings.values()].flat()));
    const directives = ignoreDirectives(this.file);
    if (directives.skipFile) return [];
    if (directives.lines.size === 0) return all;
    return all.filter((f) => !isIgnored(this.file, directives, f));
  }

  get severitiesInForce(): ReadonlyMap<string, Severity | 'off'> {
    return this.severities;
  }

  /** New severities (a settings change): everything is analysed again. */
  setSeverities(severities: ReadonlyMap<string, Severity | 'off'>): void {
    this.severities = severities;
    this.file.forgetFacts();
    this.analyseAll();
  }

  /**
   * Applies LSP-ordered changes (each against the text the previous ones produced) and brings the
   * findings up to date around them. Whole-file facts are presumed unchanged and slow whole-file
   * rules keep their (shifted) findings: both are checked by settle(), which the server runs
   * when the user pauses.
   */
  update(changes: readonly TextChange[]): UpdateStats {
    if (changes.length === 0) return { mode: 'ranges', ranges: [] };
    let findings = this.queryFindings;
    let fileFindings = this.fileFindings;
    let dirty: Span[] = [];
    for (const change of changes) {
      const shifted = shiftThrough(findings, change);
      findings = shifted.kept;
      fileFindings = new Map([...fileFindings].map(([id, list]) => [id, shiftThrough(list, change).kept]));
      dirty = dirty.map((span) => shiftSpan(span, change));
      dirty.push({ start: change.start, end: change.start + change.newText.length }, ...shifted.dropped);
    }

    const facts = this.file.memoized();
    this.file = this.file.withChanges(changes);
    for (const r of this.file.changedRanges) dirty.push({ start: r.startIndex, end: r.endIndex });

    // The __future__ imports change what whole statements mean (print_function, unicode_literals)
    // and are cheap to read, so they are checked now.
    if ([...this.file.futureFeatures].sort().join(',') !== this.futures) {
      this.analyseAll();
      return { mode: 'full', ranges: [] };
    }
    this.file.adoptFacts(facts);
    if (facts.length > 0) this.unsettled = true;

    const ranges = this.statementRanges(dirty);
    const fresh: Finding[] = [];
    for (const range of ranges) {
      fresh.push(...this.rules.queryRules.analyze(this.file, { path: this.path, severities: this.severities, keepIgnored: true, range: { startIndex: range.start, endIndex: range.end } }));
    }
    const outside = findings.filter((f) => !ranges.some((r) => overlaps(f, r)));
    this.queryFindings = mergeFindings(outside, fresh);
    this.fileFindings = fileFindings;
    for (const { id, set } of this.rules.fileRuleSets) {
      if ((this.fileRuleCost.get(id) ?? 0) > SLOW_FILE_RULE_MS) this.unsettled = true;
      else this.runFileRule(id, set);
    }
    this.recordFacts();
    return { mode: 'ranges', ranges };
  }

  /**
   * Checks what update() presumed: recomputes every whole-file fact the rules used and, if one
   * changed, analyses everything again; otherwise re-runs the slow whole-file rules.
   * After settle() the findings equal those of a fresh full analysis.
   */
  settle(): void {
    if (!this.unsettled) return;
    this.unsettled = false;
    const changed = this.file.memoized().some((fact) => {
      try {
        return !sameFact(fact.value, fact.compute(this.file));
      } catch {
        // A compute function that cannot run on this file: assume the fact changed.
        return true;
      }
    });
    if (changed) {
      this.file.forgetFacts();
      this.analyseAll();
      return;
    }
    for (const { id, set } of this.rules.fileRuleSets) if ((this.fileRuleCost.get(id) ?? 0) > SLOW_FILE_RULE_MS) this.runFileRule(id, set);
  }

  dispose(): void {
    this.file.dispose();
  }

  private runFileRule(id: string, set: RuleSet): void {
    const started = performance.now();
    this.fileFindings.set(id, set.analyze(this.file, { path: this.path, severities: this.severities, keepIgnored: true }));
    this.fileRuleCost.set(id, performance.now() - started);
  }

  private analyseAll(): void {
    this.unsettled = false;
    this.queryFindings = this.rules.queryRules.analyze(this.file, { path: this.path, severities: this.severities, keepIgnored: true });
    this.fileFindings = new Map();
    for (const { id, set } of this.rules.fileRuleSets) this.runFileRule(id, set);
    this.recordFacts();
  }

  private recordFacts(): void {
    this.futures = [...this.file.futureFeatures].sort().join(',');
    this.file.memo(TOP_LEVEL_IMPORTS, topLevelImports);
  }

  /**
   * Widens each dirty span to the top-level statements it touches, then to whole lines, and
   * merges the results. A span that touches a statement's edge counts: typing right after
   * `10` can turn it into `10L`.
   */
  private statementRanges(dirty: readonly Span[]): Span[] {
    const root = this.file.root;
    const lines = this.file.lineIndex;
    const textLength = this.file.text.length;
    const widened: Span[] = [];
    for (const span of dirty) {
      let start = Math.max(0, Math.min(span.start, textLength));
      let end = Math.max(start, Math.min(span.end, textLength));
      let node = root.firstChildForIndex(Math.max(0, start - 1));
      while (node && node.startIndex <= end) {
        start = Math.min(start, node.startIndex);
        end = Math.max(end, node.endIndex);
        node = node.nextSibling;
      }
      start = lines.lineStart(lines.positionAt(start).line);
      end = lines.lineEnd(lines.positionAt(end).line);
      widened.push({ start, end: Math.max(end, start) });
    }
    widened.sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of widened) {
      const last = merged[merged.length - 1];
      if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    return merged;
  }
}

// Rules consult the module's top-level imports without memoising them (which names need an
// import in a fix, whether six.moves is already imported), so they count as a file-wide fact.
const TOP_LEVEL_IMPORTS = 'lsp:top-level-imports';

function topLevelImports(file: SourceFile): string {
  const imports: string[] = [];
  for (let node = file.root.firstChild; node; node = node.nextSibling) {
    if (node.type === 'import_statement' || node.type === 'import_from_statement' || node.type === 'future_import_statement') imports.push(node.text);
  }
  return imports.join('\n');
}

function overlaps(f: Span, r: Span): boolean {
  if (f.start === f.end) return f.start >= r.start && f.start <= r.end;
  return f.start < r.end && f.end > r.start;
}

/** Touching counts as overlapping here: an edit at a finding's edge may change it. */
function touches(a: Span, change: TextChange): boolean {
  return a.start <= change.end && a.end >= change.start;
}

function shiftOffset(offset: number, change: TextChange): number {
  return offset >= change.end ? offset + change.newText.length - (change.end - change.start) : offset;
}

function shiftSpan(span: Span, change: TextChange): Span {
  if (touches(span, change)) {
    return { start: Math.min(span.start, change.start), end: Math.max(shiftOffset(span.end, change), change.start + change.newText.length) };
  }
  return { start: shiftOffset(span.start, change), end: shiftOffset(span.end, change) };
}

/** Findings moved past one change; those the change touches (or whose fix edits it touches) are dropped and their spans returned. */
function shiftThrough(findings: readonly Finding[], change: TextChange): { kept: Finding[]; dropped: Span[] } {
  const kept: Finding[] = [];
  const dropped: Span[] = [];
  const delta = change.newText.length - (change.end - change.start);
  for (const finding of findings) {
    const edits = allEdits(finding);
    if (touches(finding, change) || edits.some((e) => touches(e, change))) {
      dropped.push(shiftSpan(finding, change));
      continue;
    }
    if (finding.start < change.end && edits.every((e) => e.end < change.start)) {
      kept.push(finding);
      continue;
    }
    if (delta === 0) {
      kept.push(finding);
      continue;
    }
    kept.push({
      ...finding,
      start: shiftOffset(finding.start, change),
      end: shiftOffset(finding.end, change),
      fixes: Object.fromEntries(
        Object.entries(finding.fixes).map(([target, fix]) => [
          target,
          fix && { ...fix, edits: fix.edits.map((e): TextEdit => ({ ...e, start: shiftOffset(e.start, change), end: shiftOffset(e.end, change) })) },
        ]),
      ),
    });
  }
  return { kept, dropped };
}

function allEdits(finding: Finding): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const fix of Object.values(finding.fixes)) if (fix) edits.push(...fix.edits);
  return edits;
}

function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...a, ...b]) {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end || x.ruleId.localeCompare(y.ruleId));
}

/** Structural equality for the shapes memoised facts take (sets, maps, arrays, plain values). */
function sameFact(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && sameFact(v, b.get(k)));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameFact(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && Object.getPrototypeOf(a) === Object.prototype && Object.getPrototypeOf(b) === Object.prototype) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameFact((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** An LSP content change: a range in (line, UTF-16 column) of the text before it, or the whole text. */
export interface ContentChange {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * LSP content changes -> offset changes. Each change's range refers to the text after the
 * previous changes, so each is converted against its own intermediate text.
 */
export function toTextChanges(text: string, lines: LineIndex, changes: readonly ContentChange[]): { changes: TextChange[]; text: string } {
  const out: TextChange[] = [];
  let index = lines;
  let current = text;
  changes.forEach((change, i) => {
    if (i > 0) {
      const previous = out[i - 1];
      index = LineIndex.afterChange(index, current, previous.start, previous.end, previous.newText);
    }
    const start = change.range ? index.offsetAt({ line: change.range.start.line, column: change.range.start.character }) : 0;
    const end = change.range ? Math.max(start, index.offsetAt({ line: change.range.end.line, column: change.range.end.character })) : current.length;
    out.push({ start, end, newText: change.text });
    current = current.slice(0, start) + change.text + current.slice(end);
  });
  return { changes: out, text: current };
}
