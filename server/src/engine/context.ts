// The context rules must respect before they call something Python 2-only:
//  - names the module binds itself (a local `unicode()` is not the builtin);
//  - code that only runs on one Python version (`if six.PY2:`, `sys.version_info` checks);
//  - compatibility shims (`try: import cPickle except ImportError: import pickle`).
// Each fact is computed on demand for the matched node only, or once per file and memoised.

import type { Node, Tree } from 'web-tree-sitter';
import type { SourceFile } from './sourceFile';
import { inCommentOnItsLine, isWordChar } from './textScan';

/**
 * True when the file binds `name` itself anywhere (any scope), so a bare `name` may not be the
 * builtin. Over-approximating only costs a missed finding; under-approximating would flag a
 * user's own `file` variable.
 *
 * Only the occurrences of `name` are inspected (found by a text scan, then located in the tree):
 * collecting every binding of a file with a query cost more than parsing it.
 */
export function isLocallyBound(file: SourceFile, name: string): boolean {
  return file.memo(`bound:${name}`, (f) => {
    // An indexOf walk, not a regex with a lookbehind (tried at every position of the text): the
    // same occurrences, `name` as a whole word not preceded by a dot.
    const text = f.text;
    const wellFormed = !f.root.hasError;
    // Where the comment or string a previous occurrence fell in ends: the ones before it are words of that text.
    let skipUntil = -1;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const before = text.charCodeAt(at - 1);
      if (at < skipUntil || isWordChar(before) || before === DOT || isWordChar(text.charCodeAt(end))) continue;
      // Most occurrences are calls, which a well-formed tree never reads as a binding: decided
      // from the text, without locating the node (~1.5 µs per step up the tree).
      if (wellFormed && isPlainCall(text, at, end)) continue;
      // A mention in a comment, seen from its line without asking the tree (~1.4 µs).
      if (inCommentOnItsLine(text, at)) continue;
      const node = f.root.descendantForIndex(at, end);
      if (!node) continue;
      const type = node.type;
      if (type === 'comment' || type === 'string_content') skipUntil = node.endIndex;
      else if (type === 'identifier' && node.text === name && isBindingOccurrence(node)) return true;
    }
    return false;
  });
}

const DOT = 46;

/**
 * Where `name` next occurs in `text.slice(from, limit)` as a whole word not preceded by a dot, as
 * the regex `(?<![\w.])name(?!\w)` finds it there (offset into `text`), or -1. An indexOf walk: a
 * regex with a leading lookbehind is tried at every position.
 */
export function nextNameIn(text: string, name: string, from: number, limit: number): number {
  for (let at = text.indexOf(name, from); at >= 0 && at + name.length <= limit; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const before = at > from ? text.charCodeAt(at - 1) : NaN;
    if (isWordChar(before) || before === DOT) continue;
    if (end < limit && isWordChar(text.charCodeAt(end))) continue;
    return at;
  }
  return -1;
}

/**
 * Whether `node` (of type `type`) is a statement starting its line at column 0 in a file without
 * syntax errors (`wellFormed`): then it is a direct child of the module (a def or class also through
 * a decorated definition), and no function, lambda, class or comprehension lies above it. Python's
 * indentation puts every statement of a body to the right of its header, and no statement sits
 * inside brackets. A walk up to the enclosing scope stops there instead of asking for the parents
 * up to the root (~1.5 µs each).
 */
export function isTopLevelStatement(node: Node, type: string, text: string, wellFormed: boolean): boolean {
  if (!wellFormed || !(type.endsWith('_statement') || type === 'function_definition' || type === 'class_definition' || type === 'decorated_definition')) return false;
  const start = node.startIndex;
  return start === 0 || text.charCodeAt(start - 1) === 0x0a;
}

/**
 * Whether nextNameIn(text, name, from, limit) may find something for some limit: `name` occurs at
 * or after `from`, not preceded by a word character or a dot (the character after it is not
 * looked at, as nextNameIn does not at its limit). A cheap test before the tree is asked for the
 * scope that gives the limit.
 */
export function mayFindNameAfter(text: string, name: string, from: number): boolean {
  for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === from) return true;
    const before = text.charCodeAt(at - 1);
    if (!isWordChar(before) && before !== DOT) return true;
  }
  return false;
}

/** What tree-sitter-python skips between tokens (its extras), a comment's `#` aside. */
const BETWEEN_TOKENS = /[\s\f\uFEFF\u2060\u200B\\]/;

/** Where the next token after `from` starts: blanks, line breaks, line continuations and comments skipped. */
export function nextTokenStart(text: string, from: number): number {
  let next = from;
  for (;;) {
    const c = text[next];
    if (c !== undefined && BETWEEN_TOKENS.test(c)) next++;
    else if (c === '#') {
      const lineEnd = text.indexOf('\n', next);
      if (lineEnd < 0) return text.length;
      next = lineEnd;
    } else return next;
  }
}

/**
 * The word at `start..end` is followed by `(` and is not the name of a `def` or `class` (nor after
 * a continued line, which could hide one): in a tree without syntax errors it is a called name,
 * whose parent is the call, never a binding.
 */
export function isPlainCall(text: string, start: number, end: number): boolean {
  let after = end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (text[after] !== '(') return false;
  let before = start - 1;
  while (text[before] === ' ' || text[before] === '\t') before--;
  let previous = before;
  if (text[previous] === '\n') previous--;
  if (text[previous] === '\r') previous--;
  if (previous < before && text[previous] === '\\') return false;
  return !endsWithWord(text, before, 'def') && !endsWithWord(text, before, 'class');
}

/** The text ending at `last` (inclusive) is the whole word `word`. */
function endsWithWord(text: string, last: number, word: string): boolean {
  const start = last - word.length + 1;
  return start >= 0 && text.startsWith(word, start) && !isWordChar(text.charCodeAt(start - 1));
}

// Containers a binding target can sit in: `a, (b, c) = ...`, `for [x, y] in ...`, `def f(*args)`.
const PATTERN_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern', 'dictionary_splat_pattern', 'tuple', 'list', 'parenthesized_expression']);

/** Whether this identifier is a place Python binds the name (assignment target, def, import, parameter...). */
export function isBindingOccurrence(identifier: Node): boolean {
  return isBindingOccurrenceAmong(identifier, NO_ANCESTORS);
}

const NO_ANCESTORS: readonly Node[] = [];

/**
 * isBindingOccurrence for a caller that already walked up from the identifier: `ancestors` are its
 * first ancestors, nearest first (any number of them; the walk goes on with `parent` past the last).
 * Each step up the tree costs ~1.5 µs.
 */
export function isBindingOccurrenceAmong(identifier: Node, ancestors: readonly Node[]): boolean {
  let depth = 0;
  let node = identifier;
  let parent = ancestors.length > 0 ? ancestors[0] : identifier.parent;
  let type = parent?.type;
  while (parent && PATTERN_CONTAINERS.has(type!)) {
    node = parent;
    depth++;
    parent = depth < ancestors.length ? ancestors[depth] : parent.parent;
    type = parent?.type;
  }
  if (!parent) return false;
  const is = (field: string): boolean => parent!.childForFieldName(field)?.id === node.id;
  switch (type) {
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
    case 'named_expression':
      return is('name');
    case 'assignment':
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return is('left');
    case 'aliased_import':
      return is('alias');
    case 'dotted_name': {
      // `import a.b` binds `a`; `from m import a` binds `a`; `from a.b import c` binds neither a nor b.
      const statement = depth + 1 < ancestors.length ? ancestors[depth + 1] : parent.parent;
      if (!statement) return false;
      if (statement.type === 'import_statement') return parent.firstNamedChild?.id === identifier.id;
      if (statement.type === 'import_from_statement') return statement.childForFieldName('module_name')?.id !== parent.id;
      return false;
    }
    case 'as_pattern_target':
    case 'parameters':
    case 'lambda_parameters':
    case 'typed_parameter':
    case 'global_statement':
    case 'nonlocal_statement':
      return true;
    case 'except_clause': {
      // Python 2 `except E, name:` binds the second `value`.
      const values = parent.childrenForFieldName('value');
      return values.length === 2 && values[1].id === node.id;
    }
    default:
      return false;
  }
}

/**
 * The identifiers that a binding target binds (the `left` of an assignment, a `for` statement or a
 * comprehension's `for` clause), as isBindingOccurrence judges them, in document order: read down
 * from the target, without its walk up from each identifier. Names nested in other nodes
 * (`for a.b, c[i] in ...`) are left to isBindingOccurrence.
 */
export function targetNames(target: Node): Node[] {
  if (target.type === 'identifier') return [target];
  const names: Node[] = [];
  collectTargetNames(target, names);
  return names;
}

function collectTargetNames(node: Node, names: Node[]): void {
  if (!PATTERN_CONTAINERS.has(node.type)) {
    // Not a plain pattern (an attribute, a subscript, an ERROR...): judged identifier by identifier.
    for (const identifier of node.descendantsOfType('identifier')) if (identifier && isBindingOccurrence(identifier)) names.push(identifier);
    return;
  }
  // An identifier reached through pattern containers only: walking up from it, isBindingOccurrence
  // passes them all and finds the target in the statement's `left`.
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'identifier') names.push(child);
    else collectTargetNames(child, names);
  }
}

const VERSION_CHECK = /\b(PY2|PY3|PY34|PY35|PY36|PY37|IS_PY2|IS_PY3|PYTHON2|PYTHON3|version_info|hexversion|python_version)\b|\bsys\.version\b/;

/** The `if` condition tests which Python is running. */
export function isVersionCheck(condition: Node): boolean {
  return VERSION_CHECK.test(condition.text);
}


/**
 * True when the node sits in code written to run on one Python version only: any branch of an
 * `if`/`elif` on a version check, or a `try` statement whose handlers catch ImportError,
 * NameError or AttributeError (the shape of every compatibility shim). Rules do not flag
 * such code: it is already ported, and the cleanup phase removes it.
 *
 * Rules ask this for thousands of nodes per file, so the file's compat regions are found once
 * (a text scan for the version words and shim handlers) and a node is judged by its offsets.
 */
export function isInCompatCode(node: Node): boolean {
  const start = node.startIndex;
  const end = node.endIndex;
  return compatRegions(node.tree).some((r) => start >= r.start && end <= r.end && !(start >= r.conditionStart && end <= r.conditionEnd));
}

interface CompatRegion {
  start: number;
  end: number;
  /** The guard's own condition is not version-specific code; -1 when there is none (a try statement). */
  conditionStart: number;
  conditionEnd: number;
}

const regionsByTree = new WeakMap<Tree, CompatRegion[]>();
/** VERSION_CHECK tried at one position. */
const VERSION_WORD_AT = new RegExp(VERSION_CHECK.source, 'y');
/** Tried only where `except` occurs (an indexOf walk); a global scan with the regex cost ~18 ms over the stdlib. */
const SHIM_HANDLER_AT = /\bexcept\b[^:\n]*\b(?:ImportError|NameError|AttributeError|ModuleNotFoundError)\b/y;

function compatRegions(tree: Tree): CompatRegion[] {
  let regions = regionsByTree.get(tree);
  if (regions) return regions;
  regions = [];
  const root = tree.rootNode;
  const text = root.text;
  const base = root.startIndex;
  for (const { index, length } of versionWords(text)) {
    const hit = root.descendantForIndex(base + index, base + index + length);
    // Up from the version word to the `if`, `elif` or `x if PY2 else y` whose condition holds it.
    for (let child = hit, parent = hit?.parent, steps = 0; child && parent && steps < 16; child = parent, parent = parent.parent, steps++) {
      if (parent.type === 'if_statement' || parent.type === 'elif_clause') {
        const condition = parent.childForFieldName('condition');
        if (condition?.id === child.id) {
          regions.push({ start: parent.startIndex, end: parent.endIndex, conditionStart: condition.startIndex, conditionEnd: condition.endIndex });
          break;
        }
      } else if (parent.type === 'conditional_expression') {
        const parts = parent.namedChildren;
        if (parts.length === 3 && parts[1].id === child.id) {
          regions.push({ start: parent.startIndex, end: parent.endIndex, conditionStart: child.startIndex, conditionEnd: child.endIndex });
          break;
        }
      }
      if (child.type === 'block' || child.type === 'module') break;
    }
  }
  // `lastEnd`: a global scan resumes after its previous match.
  let lastEnd = 0;
  for (const at of shimExceptCandidates(text)) {
    if (at < lastEnd) continue;
    SHIM_HANDLER_AT.lastIndex = at;
    if (!SHIM_HANDLER_AT.test(text)) continue;
    lastEnd = SHIM_HANDLER_AT.lastIndex;
    const keyword = root.descendantForIndex(base + at, base + at + 6);
    const clause = keyword?.parent;
    const statement = clause?.type === 'except_clause' ? clause.parent : undefined;
    if (statement?.type === 'try_statement') regions.push({ start: statement.startIndex, end: statement.endIndex, conditionStart: -1, conditionEnd: -1 });
  }
  regionsByTree.set(tree, regions);
  return regions;
}

/**
 * The offsets of `except` that SHIM_HANDLER_AT may match at, in order: those followed on their line
 * by one of its handler names. Found from the handler names, which all end in `Error` (a rarer word
 * than `except`: one indexOf walk for it costs ~3 ms over the stdlib, one for `except` ~12 ms).
 * A superset of the matches: the regex still decides each one.
 */
function shimExceptCandidates(text: string): number[] {
  const found: number[] = [];
  // Up to where the line of the previous handler name was searched: several names on one line
  // (`except (ImportError, AttributeError):`) look at it once.
  let searchedTo = 0;
  for (let at = text.indexOf('Error'); at >= 0; at = text.indexOf('Error', at + 5)) {
    const name = SHIM_HANDLER_NAMES.find((n) => text.startsWith(n, at + 5 - n.length));
    if (!name) continue;
    const nameStart = at + 5 - name.length;
    const lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
    for (let e = text.indexOf('except', Math.max(lineStart, searchedTo)); e >= 0 && e + 6 <= nameStart; e = text.indexOf('except', e + 1)) found.push(e);
    searchedTo = Math.max(searchedTo, nameStart - 5);
  }
  return found;
}

const SHIM_HANDLER_NAMES = ['ImportError', 'NameError', 'AttributeError', 'ModuleNotFoundError'];

/**
 * Where VERSION_CHECK matches in `text`, in order. Each of its words holds `PY` (at most 3 characters
 * in) or `version` (at most 7 in), so the regex is tried only there: a scan of the whole text with
 * the regex cost ~65 ms over the stdlib, the two indexOf walks ~15 ms. Matches cannot overlap
 * (each is a whole word, or `sys.version` followed by a word boundary), so these are exactly the
 * matches of a global scan.
 */
function versionWords(text: string): { index: number; length: number }[] {
  const starts: number[] = [];
  for (let at = text.indexOf('PY'); at >= 0; at = text.indexOf('PY', at + 2)) starts.push(at - 3, at);
  for (let at = text.indexOf('version'); at >= 0; at = text.indexOf('version', at + 7)) starts.push(at - 7, at - 4, at - 3, at);
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const found: { index: number; length: number }[] = [];
  let previous = -1;
  for (const start of starts) {
    if (start < 0 || start === previous) continue;
    previous = start;
    VERSION_WORD_AT.lastIndex = start;
    const match = VERSION_WORD_AT.exec(text);
    if (match) found.push({ index: start, length: match[0].length });
  }
  return found;
}
