// Runs the rules over a SourceFile and returns its findings.
//
// All rule queries are compiled into one tree-sitter Query and run in a single pass:
// crossing from JS into wasm per node is what costs, so one query beats one walk per rule.

import type { Language, Query, QueryCapture } from 'web-tree-sitter';
import { fileDialect, type Dialect } from './dialect';
import { compileQuery } from './parser';
import type { SourceFile } from './sourceFile';
import { inCommentOnItsLine } from './textScan';
import type { Finding, ReportInput, Rule, RuleContext, Severity } from './types';

export interface RuleSelection {
  /** Only these rules run (all when undefined). */
  select?: ReadonlySet<string>;
  /** These rules never run. */
  ignore?: ReadonlySet<string>;
  /** Per-rule severity, or 'off'. */
  severities?: ReadonlyMap<string, Severity | 'off'>;
}

export interface AnalyzeOptions extends RuleSelection {
  /** Restrict query rules to nodes inside [startIndex, endIndex); file rules always run whole. */
  range?: { startIndex: number; endIndex: number };
  /** Keep findings on lines carrying `# py3migrate: ignore[...]` (the ignore filter is applied by default). */
  keepIgnored?: boolean;
  /** The file's path on disk, when known: handed to rules as ctx.path (implicit-relative-import looks at the files beside it). */
  path?: string;
  /**
   * Per-rule timing (bench/ruleProfile.ts): when given, milliseconds spent in each rule's callbacks
   * are added under its id, and the engine's own work under `(dispatch)` (the identifier scan and
   * node lookups) and `(filter)` (ignore comments, dedupe, sort). Off by default: no clock is read.
   */
  profile?: Map<string, number>;
}

export class RuleSet {
  readonly rules: readonly Rule[];
  private readonly byId: Map<string, Rule>;
  private readonly query: Query | undefined;
  /** For each query pattern, the rules that own it (several when their query text is identical). */
  private readonly patternOwners: Rule[][] = [];
  /** One regular expression for the names of every rule that declares `identifiers`. */
  private readonly identifierPattern: RegExp | undefined;
  /** `id:<name>` / `kw:<keyword>` -> the rules that asked for it. */
  private readonly identifierOwners = new Map<string, Rule[]>();
  private readonly scannedWords = new Set<string>();
  /** Rule id -> its place in localeCompare order (see compareRuleIds). */
  private ruleRanks: Map<string, number> | undefined;

  constructor(rules: readonly Rule[]) {
    this.rules = rules;
    this.byId = new Map(rules.map((rule) => [rule.id, rule]));
    if (this.byId.size !== rules.length) throw new Error('duplicate rule id in the registry');

    const sources: string[] = [];
    const owners: { rules: Rule[]; begin: number; end: number }[] = [];
    // Rules of one family (the removed builtins) share one query text: it is compiled once, and
    // each match is handed to every rule of the family, instead of matching every identifier once per rule.
    const byText = new Map<string, Rule[]>();
    let offset = 0;
    for (const rule of rules) {
      if (!rule.query) continue;
      const family = byText.get(rule.query);
      if (family) {
        family.push(rule);
        continue;
      }
      const shared = [rule];
      byText.set(rule.query, shared);
      owners.push({ rules: shared, begin: offset, end: offset + rule.query.length });
      sources.push(rule.query);
      offset += rule.query.length + 1;
    }
    if (sources.length > 0) {
      const combined = sources.join('\n');
      this.query = compileQuery(combined);
      for (let i = 0; i < this.query.patternCount(); i++) {
        const at = this.query.startIndexForPattern(i);
        const owner = owners.find((o) => at >= o.begin && at < o.end);
        if (!owner) throw new Error(`query pattern ${i} belongs to no rule`);
        this.patternOwners.push(owner.rules);
      }
    }

    for (const rule of rules) {
      const words = [...(rule.identifiers ?? []).map((w) => ['id', w]), ...(rule.keywords ?? []).map((w) => ['kw', w])];
      for (const [kind, word] of words) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) throw new Error(`rule ${rule.id}: '${word}' is not a name`);
        const key = `${kind}:${word}`;
        const owners = this.identifierOwners.get(key) ?? [];
        owners.push(rule);
        this.identifierOwners.set(key, owners);
        this.scannedWords.add(word);
      }
    }
    if (this.scannedWords.size > 0) {
      // Longest first, so that `izip_longest` is not cut short as `izip`.
      const names = [...this.scannedWords].sort((a, b) => b.length - a.length);
      // Every name starts and ends with a word character, so `\b` on both sides says what the
      // lookarounds `(?<![A-Za-z0-9_])` and `(?![A-Za-z0-9_])` say, and is cheaper (~7%).
      this.identifierPattern = new RegExp(`\\b(?:${names.join('|')})\\b`, 'g');
    }
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  /**
   * `a.localeCompare(b)` for two rule ids, from ranks worked out once: findings that share a range
   * (several rules on one node) are ordered by rule id, and localeCompare per comparison cost
   * ~20 ms over the stdlib. Ids that localeCompare calls equal share a rank.
   */
  private compareRuleIds(a: string, b: string): number {
    if (!this.ruleRanks) {
      const ids = [...this.byId.keys()].sort((x, y) => x.localeCompare(y));
      this.ruleRanks = new Map();
      let rank = 0;
      ids.forEach((id, i) => {
        if (i > 0 && ids[i - 1].localeCompare(id) !== 0) rank++;
        this.ruleRanks!.set(id, rank);
      });
    }
    const ra = this.ruleRanks.get(a);
    const rb = this.ruleRanks.get(b);
    if (ra === undefined || rb === undefined) return a.localeCompare(b);
    return ra - rb;
  }

  analyze(file: SourceFile, options: AnalyzeOptions = {}): Finding[] {
    const findings: Finding[] = [];
    const profile = options.profile;
    const enabled = (rule: Rule): boolean => severityOf(rule, options) !== 'off';
    // One context per rule that runs, made when the rule is first called (a class: an object literal
    // with a getter and a closure per rule and file cost ~60 ms over the stdlib).
    const contexts = new Map<Rule, RuleContext>();
    const context = (rule: Rule): RuleContext => {
      let ctx = contexts.get(rule);
      if (!ctx) contexts.set(rule, (ctx = new AnalysisContext(file, options, rule, findings)));
      return ctx;
    };

    if (this.query) {
      const matches = this.query.matches(file.root, options.range ? { startIndex: options.range.startIndex, endIndex: options.range.endIndex } : undefined);
      for (const match of matches) {
        for (const rule of this.patternOwners[match.patternIndex]) {
          if (!rule.onMatch || !enabled(rule)) continue;
          if (profile) timed(profile, rule.id, () => rule.onMatch!(match.captures as QueryCapture[], context(rule)));
          else rule.onMatch(match.captures as QueryCapture[], context(rule));
        }
      }
    }
    if (this.identifierPattern) {
      if (profile) timed(profile, '(dispatch)', () => this.dispatchIdentifiers(file, options, enabled, context, profile));
      else this.dispatchIdentifiers(file, options, enabled, context, undefined);
    }
    for (const rule of this.rules) {
      if (!rule.checkFile || !enabled(rule)) continue;
      if (profile) timed(profile, rule.id, () => rule.checkFile!(context(rule)));
      else rule.checkFile(context(rule));
    }

    const filter = (): Finding[] => {
      const explained = withoutExplainedSyntaxErrors(findings);
      const kept = options.keepIgnored ? explained : withoutIgnored(file, explained);
      return sortedWithoutDuplicates(kept, (a, b) => a.start - b.start || a.end - b.end || this.compareRuleIds(a.ruleId, b.ruleId));
    };
    if (!profile) return filter();
    let result: Finding[] = [];
    timed(profile, '(filter)', () => (result = filter()));
    return result;
  }

  private dispatchIdentifiers(
    file: SourceFile,
    options: AnalyzeOptions,
    enabled: (rule: Rule) => boolean,
    context: (rule: Rule) => RuleContext,
    profile: Map<string, number> | undefined,
  ): void {
    const pattern = this.identifierPattern!;
    const text = file.text;
    const root = file.root;
    pattern.lastIndex = options.range?.startIndex ?? 0;
    const end = options.range?.endIndex ?? text.length;
    // The enabled rules per scanned word, worked out at the word's first hit in this file.
    const ownersOf = new Map<string, WordOwners | null>();
    // Where the comment or string a previous hit fell in ends: hits before it are words of that text.
    let skipUntil = -1;
    for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
      const start = match.index;
      if (start < skipUntil) continue;
      const word = match[0];
      let owners = ownersOf.get(word);
      if (owners === undefined) {
        const names = this.identifierOwners.get(`id:${word}`)?.filter(enabled) ?? [];
        const keywords = this.identifierOwners.get(`kw:${word}`)?.filter(enabled) ?? [];
        // A keyword token is an anonymous node whose type is the keyword itself; where the grammar has
        // no named node of that type, the type alone says so.
        const namedTypeToo = keywords.length > 0 && hasNamedType(root.tree.language, word);
        const filters = names.length === 0 && keywords.every((rule) => rule.keywordMayConcern) ? keywords.map((rule) => rule.keywordMayConcern!) : undefined;
        owners = names.length === 0 && keywords.length === 0 ? null : { names, keywords, namedTypeToo, keywordFilters: filters };
        ownersOf.set(word, owners);
      }
      if (owners === null) continue;
      // A `for` statement's header, for the comprehension rules: most `for`s, ~20 ms of tree lookups over the stdlib.
      if (owners.keywordFilters && !owners.keywordFilters.some((mayConcern) => mayConcern(text, start))) continue;
      // Hits in comments are a third of the hits that reach the tree; most are seen from the line alone.
      if (inCommentOnItsLine(text, start)) continue;
      const wordEnd = start + word.length;
      // Hits inside strings and comments resolve to other node types and are dropped here.
      const node = root.descendantForIndex(start, wordEnd);
      if (!node) continue;
      const type = node.type;
      // A comment or a string's content holds no code (f-string replacement fields are its siblings),
      // and a word never runs past its end (a line break, a quote or a brace).
      if (type === 'comment' || type === 'string_content') {
        skipUntil = node.endIndex;
        continue;
      }
      if (node.startIndex !== start) continue;
      if (type === 'identifier') {
        // A longer identifier (`filé` for `file`) starts here too. The pattern ends a hit before any
        // ASCII letter or digit, and no other ASCII character continues a name: only a non-ASCII one needs the tree.
        if (text.charCodeAt(wordEnd) >= 0x80 && node.endIndex !== wordEnd) continue;
        for (const rule of owners.names) {
          if (profile) timed(profile, rule.id, () => rule.onIdentifier?.(node, context(rule)));
          else rule.onIdentifier?.(node, context(rule));
        }
      } else if (type === word && owners.keywords.length > 0 && !(owners.namedTypeToo && node.isNamed)) {
        // A keyword token is an anonymous node whose type is the keyword itself (so it spans the word).
        for (const rule of owners.keywords) {
          if (profile) timed(profile, rule.id, () => rule.onKeyword?.(node, context(rule)));
          else rule.onKeyword?.(node, context(rule));
        }
      }
    }
  }
}

/** Per grammar: whether a named node type is spelled like the word (idForNodeType copies the word into wasm memory). */
const namedTypes = new WeakMap<Language, Map<string, boolean>>();

function hasNamedType(language: Language, word: string): boolean {
  let known = namedTypes.get(language);
  if (!known) namedTypes.set(language, (known = new Map()));
  let named = known.get(word);
  if (named === undefined) known.set(word, (named = language.idForNodeType(word, true) !== null));
  return named;
}

interface WordOwners {
  /** The enabled rules that asked for the word as a name, and as a keyword. */
  names: Rule[];
  keywords: Rule[];
  /** The grammar also has a named node type spelled like the keyword. */
  namedTypeToo: boolean;
  /** When the word is only a keyword and each of its rules can rule a hit out from the text: their keywordMayConcern. */
  keywordFilters: ((text: string, keywordStart: number) => boolean)[] | undefined;
}

/** What a rule's callbacks see during one analysis; reports go into the analysis' findings. */
class AnalysisContext implements RuleContext {
  readonly path: string | undefined;

  constructor(
    readonly file: SourceFile,
    private readonly options: AnalyzeOptions,
    private readonly rule: Rule,
    private readonly findings: Finding[],
  ) {
    this.path = options.path;
  }

  get dialect(): Dialect {
    return fileDialect(this.file);
  }

  report(input: ReportInput): void {
    // Asked only when such a rule has something to report: most files never compute their dialect.
    if (this.rule.quietInPython3 && fileDialect(this.file) === 'py3') return;
    const finding = toFinding(this.rule, input, severityOf(this.rule, this.options) as Severity);
    if (finding) this.findings.push(finding);
  }
}

let activeProfile: Map<string, number> | undefined;
/** CPU ms spent inside the timed section that encloses the current one (nested sections are not counted twice). */
let nestedSpent = 0;

/**
 * Runs `work` and adds its CPU milliseconds, less those of sections nested in it, to
 * `profile[key]` (profile mode only). CPU, not wall time: benchmarks run on busy machines.
 */
function timed(profile: Map<string, number>, key: string, work: () => void): void {
  const outerProfile = activeProfile;
  const outerNested = nestedSpent;
  activeProfile = profile;
  nestedSpent = 0;
  const start = process.cpuUsage();
  try {
    work();
  } finally {
    const used = process.cpuUsage(start);
    const spent = (used.user + used.system) / 1000;
    profile.set(key, (profile.get(key) ?? 0) + spent - nestedSpent);
    activeProfile = outerProfile;
    nestedSpent = outerNested + spent;
  }
}

/**
 * For profiling tools: times `work` under `key` (exclusive of nested sections) when an analysis
 * with a profile is running, else just runs it. bench/ruleProfile.ts wraps memoised facts in it.
 */
export function profileSection<T>(key: string, work: () => T): T {
  if (!activeProfile) return work();
  let result: T | undefined;
  timed(activeProfile, key, () => (result = work()));
  return result as T;
}

function severityOf(rule: Rule, options: RuleSelection): Severity | 'off' {
  if (options.select && !options.select.has(rule.id)) return 'off';
  if (options.ignore?.has(rule.id)) return 'off';
  const configured = options.severities?.get(rule.id);
  if (configured) return configured;
  if (rule.defaultEnabled === false && !options.select) return 'off';
  return rule.severity;
}

function toFinding(rule: Rule, input: ReportInput, severity: Severity): Finding | undefined {
  const start = input.start ?? input.node?.startIndex;
  const end = input.end ?? input.node?.endIndex;
  if (start === undefined || end === undefined) throw new Error(`rule ${rule.id} reported without a location`);
  return {
    ruleId: rule.id,
    // A rule may raise or lower one finding (e.g. an ambiguous form), but a user's setting wins.
    severity: input.severity && severity === rule.severity ? input.severity : severity,
    message: input.message ?? rule.summary,
    start,
    end,
    fixes: input.fixes ?? {},
  };
}

// A `syntax-error` finding only says that tree-sitter could not parse some code. Where another rule
// reports the same code, that rule knows what it is (`exec self.code in ns` is an ERROR node that the
// exec rule handles; `async = 1` in a parameter list is one that keyword-identifier explains), so the
// bare "cannot parse" is dropped. Only ruleId 'syntax-error' is ever dropped here.
const SYNTAX_ERROR_RULE = 'syntax-error';

export function withoutExplainedSyntaxErrors(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.ruleId === SYNTAX_ERROR_RULE)) return findings;
  const others = findings.filter((f) => f.ruleId !== SYNTAX_ERROR_RULE);
  if (others.length === 0) return findings;
  return findings.filter((f) => f.ruleId !== SYNTAX_ERROR_RULE || !others.some((other) => rangesTouch(f, other)));
}

/**
 * Overlapping or adjacent ranges: `x.async` gives an ERROR node for `x.` that ends where the
 * keyword-identifier finding for `async` starts. An empty range (a MISSING node) touches a range
 * that contains it or ends or starts at it.
 */
function rangesTouch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The findings in order, each (rule, range) once: two patterns of one rule can match the same node.
 * The sort is stable, so of two duplicates the first reported comes first and is kept; duplicates
 * share their range and so sit in the run of findings with that range (no key string per finding).
 */
function sortedWithoutDuplicates(findings: readonly Finding[], compare: (a: Finding, b: Finding) => number): Finding[] {
  const sorted = [...findings].sort(compare);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    let duplicate = false;
    for (let i = kept.length - 1; i >= 0 && kept[i].start === finding.start && kept[i].end === finding.end; i--) {
      if (kept[i].ruleId === finding.ruleId) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) kept.push(finding);
  }
  return kept;
}

// `# py3migrate: ignore` silences every rule on its line; `# py3migrate: ignore[a, b]` only those.
// `# py3migrate: skip-file` anywhere in the file silences the whole file.
const IGNORE_COMMENT = /#\s*py3migrate:\s*(ignore|skip-file)(?:\[([^\]]*)\])?/g;

export interface IgnoreDirectives {
  skipFile: boolean;
  /** line -> rule ids, or 'all' */
  lines: Map<number, Set<string> | 'all'>;
}

export function ignoreDirectives(file: SourceFile): IgnoreDirectives {
  const directives: IgnoreDirectives = { skipFile: false, lines: new Map() };
  const text = file.text;
  // Searched from its `3`, a rarer character than `p` (the search skips along to the first character): half the cost.
  if (text.indexOf('3migrate:') < 0) return directives;
  for (const match of text.matchAll(IGNORE_COMMENT)) {
    if (match[1] === 'skip-file') {
      directives.skipFile = true;
      continue;
    }
    const line = file.lineIndex.positionAt(match.index).line;
    if (match[2] === undefined) {
      directives.lines.set(line, 'all');
    } else {
      const previous = directives.lines.get(line);
      if (previous === 'all') continue;
      const ids = previous ?? new Set<string>();
      for (const id of match[2].split(',')) if (id.trim()) ids.add(id.trim());
      directives.lines.set(line, ids);
    }
  }
  return directives;
}

function withoutIgnored(file: SourceFile, findings: Finding[]): Finding[] {
  const directives = ignoreDirectives(file);
  if (directives.skipFile) return [];
  if (directives.lines.size === 0) return findings;
  return findings.filter((finding) => !isIgnored(file, directives, finding));
}

export function isIgnored(file: SourceFile, directives: IgnoreDirectives, finding: Finding): boolean {
  // The comment may sit on the first or the last line of a multi-line finding.
  const lines = [file.lineIndex.positionAt(finding.start).line, file.lineIndex.positionAt(Math.max(finding.start, finding.end - 1)).line];
  return lines.some((line) => {
    const ids = directives.lines.get(line);
    return ids === 'all' || (ids !== undefined && ids.has(finding.ruleId));
  });
}
