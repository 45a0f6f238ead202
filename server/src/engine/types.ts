// The engine's vocabulary. Nothing here knows about editors, LSP or terminals:
// positions are UTF-16 offsets into the decoded source text (the unit tree-sitter
// and LSP both use), and the front ends convert them to lines and columns.

import type { Node, QueryCapture } from 'web-tree-sitter';
import type { Dialect } from './dialect';
import type { SourceFile } from './sourceFile';

/** What the fixed code must run on. */
export type Target = 'py3' | 'compat' | 'cleanup';
export const TARGETS: readonly Target[] = ['py3', 'compat', 'cleanup'];

export type Severity = 'error' | 'warning' | 'information';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information'];

/**
 * safe: same behaviour, proven by a differential test; goes into fix-all.
 * unsafe: offered one at a time, applied in bulk only with --unsafe-fixes.
 * manual: explained, never rewritten.
 */
export type FixSafety = 'safe' | 'unsafe' | 'manual';

/** The checklist groups of the migration panel; every rule belongs to one. */
export type Category =
  | 'syntax'
  | 'builtins'
  | 'imports'
  | 'dicts-iterators'
  | 'strings-bytes'
  | 'division'
  | 'classes'
  | 'exceptions'
  | 'other';

export const CATEGORIES: readonly Category[] = [
  'syntax', 'builtins', 'imports', 'dicts-iterators', 'strings-bytes', 'division', 'classes', 'exceptions', 'other',
];

/** Replace source[start, end) with newText. Offsets are into the text the finding was computed on. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** An import a fix relies on; the fixer adds each one once, in the right place. */
export type RequiredImport =
  | { kind: 'future'; name: string }
  | { kind: 'import'; module: string }
  | { kind: 'from'; module: string; name: string };

export interface Fix {
  /** Says what the fix does: "Convert to `print()` call". */
  title: string;
  safety: Exclude<FixSafety, 'manual'>;
  edits: TextEdit[];
  imports?: RequiredImport[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Says what is wrong: "`print` statement is Python 2-only". */
  message: string;
  start: number;
  end: number;
  /** One fix per target where one exists. `cleanup` falls back to `py3`. */
  fixes: Partial<Record<Target, Fix>>;
}

/** The docs record every rule carries; it feeds docs pages, hovers, the panel and `py3migrate rules`. */
export interface RuleDocs {
  whatItDoes: string;
  whyItBreaks: string;
  /** Python 2 code that the rule flags. */
  example: string;
  /** The same code after the fix, per target where the fixes differ. */
  useInstead: string;
  fixSafety: string;
}

export interface ReportInput {
  node?: Node;
  start?: number;
  end?: number;
  message?: string;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  fixes?: Partial<Record<Target, Fix>>;
}

/** Handed to a rule's callbacks. */
export interface RuleContext {
  readonly file: SourceFile;
  /** The file's path on disk when the front end knows it (rules that look at neighbouring files need it). */
  readonly path?: string;
  /**
   * Which Python the file is written in (dialect.ts), computed on first use and memoised per file:
   * rules stay quiet in a 'py3' file about code that is correct Python 3 ('\u00e9' is an escape there).
   */
  readonly dialect: Dialect;
  report(finding: ReportInput): void;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, used by `py3migrate rules` and as the default message. */
  summary: string;
  /** What each target's fix is, or 'manual' where the rule only explains. */
  fixability: Partial<Record<Target, FixSafety>>;
  docs: RuleDocs;
  /**
   * False for rules that would bury the real findings in noise on ordinary Python 2 code (every
   * `u''` literal, cosmetic rewrites): they run only when selected by id or given a severity.
   */
  defaultEnabled?: boolean;
  /**
   * The rule flags valid Python 3 code whose Python 3 meaning differs from its Python 2 one (a lazy
   * `range()`, true division, the `__ne__` Python 3 derives). In a file written for Python 3 (dialect
   * 'py3', see dialect.ts) that meaning is the intended one, so the engine drops the rule's findings there.
   */
  quietInPython3?: boolean;
  /**
   * A tree-sitter query. The engine compiles the queries of all rules into one, runs it once
   * over the tree (3-4x faster than walking the tree from JS), and hands each match here.
   */
  query?: string;
  onMatch?(captures: QueryCapture[], ctx: RuleContext): void;
  /**
   * Names this rule looks at (`unicode`, `xrange`, `Queue`...). The engine finds them with one
   * text scan over the file for all rules together and hands each `identifier` node (attribute
   * names included) to `onIdentifier`. Matching every identifier with a query predicate instead
   * costs a JS call per identifier in the file, more than parsing it.
   */
  identifiers?: readonly string[];
  onIdentifier?(identifier: Node, ctx: RuleContext): void;
  /**
   * Keywords this rule starts from (`except`, `raise`, `import`, `class`...). Found by the same text
   * scan; `onKeyword` receives the keyword token's node, whose parent is the statement or clause.
   * With every rule on identifiers and keywords, no tree query has to walk the whole tree.
   */
  keywords?: readonly string[];
  onKeyword?(keyword: Node, ctx: RuleContext): void;
  /**
   * With keywords: false when the text alone shows that the keyword at `start` cannot concern the
   * rule (a `for` that starts a `for` statement's header, for rules about comprehension clauses).
   * When every rule on a keyword says so, the engine does not look the hit up in the tree at all.
   */
  keywordMayConcern?(text: string, keywordStart: number): boolean;
  /** For checks that tree-sitter cannot express (token- or line-level). Runs once per file. */
  checkFile?(ctx: RuleContext): void;
}

export function fixForTarget(finding: Finding, target: Target): Fix | undefined {
  return finding.fixes[target] ?? (target === 'cleanup' ? finding.fixes.py3 : undefined);
}
