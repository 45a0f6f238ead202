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
    // The occurrences of `name` as a whole word not preceded by a dot: the word scan shared with
    // functionBindings and possibleBindings, which ask about the same names.
    const text = f.text;
    const occurrences = nameOccurrences(f, name);
    for (let k = 0, at = occurrences.offset(0); at >= 0; at = occurrences.offset(++k)) {
      if (text.charCodeAt(at - 1) === DOT) continue;
      const identifier = occurrences.identifier(k);
      if (!identifier) continue;
      const parent = occurrences.parent(k);
      if (parent && isBindingOccurrenceAmong(identifier, [parent])) return true;
    }
    return false;
  });
}

/**
 * The occurrences of a word in a file that may be an identifier spelled that way other than a
 * called name: where isLocallyBound, builtinReference.ts's functionBindings and
 * iteratingContext.ts's possibleBindings look for bindings of a name. They ask about the same
 * names in a file (isBuiltinReference asks all three about `file`), so the text scan, the node at
 * each occurrence (~1.4 µs) and its parent (~1.5 µs) are found once. Found on demand, in text
 * order: isLocallyBound stops at the first binding. Not a memo: a per-file cache of how the file
 * reads, like the tree.
 */
export class NameOccurrences {
  /** Offsets of the occurrences found so far, ascending; a dot may precede them. */
  private readonly offsets: number[] = [];
  /** The identifier at each occurrence (null: none spelled exactly the word there), once located. */
  private readonly identifiers: (Node | null | undefined)[] = [];
  private readonly parents: (Node | null | undefined)[] = [];
  /** Where the scan goes on (-1: the text is scanned). */
  private next: number;
  /** Where the comment or string a located occurrence fell in ends: occurrences before it are words of that text. */
  private skipUntil = -1;
  private readonly wellFormed: boolean;

  /** The scan looks for the name from its rarest character on (`tail`), and checks the characters before it (`head`). */
  private readonly anchor: number;
  private readonly head: string;
  private readonly tail: string;

  constructor(
    private readonly file: SourceFile,
    private readonly name: string,
  ) {
    this.wellFormed = !file.root.hasError;
    this.anchor = rarestCharacterIn(name);
    this.head = name.slice(0, this.anchor);
    this.tail = name.slice(this.anchor);
    this.next = file.text.indexOf(this.tail, this.anchor);
  }

  /**
   * The offset of the k-th occurrence (k counts up from 0 without gaps), or -1 when there are fewer:
   * `name` as a whole word, not a called name (`name(` that is not a def or class name) in a tree
   * without syntax errors (error recovery can make `import name(x)` or `global name(x)` bind the
   * name), not seen from its line to be in a comment.
   */
  offset(k: number): number {
    const offsets = this.offsets;
    if (k < offsets.length) return offsets[k];
    const text = this.file.text;
    const { anchor, head, tail } = this;
    const length = this.name.length;
    for (let hit = this.next; hit >= 0; hit = text.indexOf(tail, hit + 1)) {
      const at = hit - anchor;
      if (anchor > 0 && !text.startsWith(head, at)) continue;
      const end = at + length;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(end)) || at < this.skipUntil) continue;
      // Most occurrences are calls, which a well-formed tree never reads as a binding: decided
      // from the text, without locating the node.
      if (this.wellFormed && isPlainCall(text, at, end)) continue;
      // A mention in a comment, seen from its line without asking the tree.
      if (inCommentOnItsLine(text, at)) continue;
      this.next = text.indexOf(tail, hit + 1);
      offsets.push(at);
      return at;
    }
    this.next = -1;
    return -1;
  }

  /** The identifier spelled `name` at the k-th occurrence (offset(k) asked first), or null. */
  identifier(k: number): Node | null {
    let identifier = this.identifiers[k];
    if (identifier === undefined) {
      const at = this.offsets[k];
      const end = at + this.name.length;
      const node = this.file.root.descendantForIndex(at, end);
      const type = node?.type;
      if (type === 'comment' || type === 'string_content') this.skipUntil = Math.max(this.skipUntil, node!.endIndex);
      this.identifiers[k] = identifier = node && type === 'identifier' && node.startIndex === at && node.endIndex === end ? node : null;
    }
    return identifier;
  }

  /** The parent of identifier(k) (asked first and not null). */
  parent(k: number): Node | null {
    let parent = this.parents[k];
    if (parent === undefined) this.parents[k] = parent = this.identifiers[k]!.parent;
    return parent;
  }
}

/**
 * Word characters from the most to the least frequent in Python code (counted over the 2.7 stdlib).
 * indexOf finds a word by stopping at each occurrence of its first character (memchr): started at
 * the rarest character of the name, it stops far less often (`open` from its `p`, `range` from its
 * `g`, `next` from its `x`); ~15% off the scans for the names rules ask about.
 */
const WORD_CHARACTERS_BY_FREQUENCY = 'etsarniolfdcup_mhg0bExTyIwA1LNkRvS2COqDPF3M45UBH86G9jz7WXVKYZQJ';

/** Each ASCII character's place in WORD_CHARACTERS_BY_FREQUENCY; characters not in it rank past its end (rarest). */
const FREQUENCY_RANK = new Uint8Array(128).fill(WORD_CHARACTERS_BY_FREQUENCY.length);
for (let i = 0; i < WORD_CHARACTERS_BY_FREQUENCY.length; i++) FREQUENCY_RANK[WORD_CHARACTERS_BY_FREQUENCY.charCodeAt(i)] = i;

/** The position in `name` of its least frequent character (the first of equals; a non-ASCII character counts as the rarest). */
function rarestCharacterIn(name: string): number {
  let rarest = 0;
  let rarestRank = -1;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const rank = code < 128 ? FREQUENCY_RANK[code] : WORD_CHARACTERS_BY_FREQUENCY.length;
    if (rank > rarestRank) {
      rarestRank = rank;
      rarest = i;
    }
  }
  return rarest;
}

const occurrencesByFile = new WeakMap<SourceFile, Map<string, NameOccurrences>>();

/** The occurrences of `name` in the file that may be an identifier other than a called name (see NameOccurrences). */
export function nameOccurrences(file: SourceFile, name: string): NameOccurrences {
  let byName = occurrencesByFile.get(file);
  if (!byName) occurrencesByFile.set(file, (byName = new Map()));
  let occurrences = byName.get(name);
  if (!occurrences) byName.set(name, (occurrences = new NameOccurrences(file, name)));
  return occurrences;
}

const DOT = 46;

/**
 * Where `name` next occurs in `text.slice(from, limit)` as a whole word not preceded by a dot, as
 * the regex `(?<![\w.])name(?!\w)` finds it there (offset into `text`), or -1. An indexOf walk: a
 * regex with a leading lookbehind is tried at every position.
 */
export function nextNameIn(text: string, name: string, from: number, limit: number): number {
  // Looked for from the name's rarest character on (see WORD_CHARACTERS_BY_FREQUENCY): moduleAttributes'
  // nameStarts walks whole files for module names (`sys` from its `y`, `string` from its `g`).
  const anchor = rarestCharacterIn(name);
  const head = name.slice(0, anchor);
  const tail = name.slice(anchor);
  const length = name.length;
  for (let hit = text.indexOf(tail, from + anchor); hit >= 0 && hit - anchor + length <= limit; hit = text.indexOf(tail, hit + 1)) {
    const at = hit - anchor;
    if (anchor > 0 && !text.startsWith(head, at)) continue;
    const end = at + length;
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
  const regions = compatRegions(node.tree);
  // Most files have no compat region: the node's end (a call into the tree) is not asked for.
  if (regions.length === 0) return false;
  const start = node.startIndex;
  const end = node.endIndex;
  return regions.some((r) => start >= r.start && end <= r.end && !(start >= r.conditionStart && end <= r.conditionEnd));
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
