// Decides whether a Python 2 list-returning expression (`d.keys()`, `map(f, xs)`, `range(n)`) is
// only iterated, so that the lazy Python 3 object it becomes serves its consumer exactly as the
// Python 2 list did, or whether it is used as a list and needs `list(...)` around it.
//
// One classifier for the whole dicts-iterators category; each rule says what kind of Python 3
// object it is asking about, because they support different things:
//   view      `d.keys()` / `d.items()` / `d.values()`: re-iterable, `len()`, `in`, truth; but live:
//             a loop that changes the dict's size while iterating a view raises RuntimeError.
//   iterator  `map` / `filter` / `zip` / `d.iter*()`: one pass only; no `len()`, and always true.
//   range     re-iterable and immutable; also indexing, `len()`, `in`, `reversed()`, `.index()`.
//
// 2to3 decides from the syntactic context only (fixer_util.in_special_context and fix_dict's
// consuming_calls), and wraps `for k in d.keys()` too. This classifier also follows a value
// assigned to a local name to its uses in the same function, and keeps `list()` where the
// consuming loop mutates the dict or list the value is computed from.
//
// Everything is local to the matched node and the enclosing function: no walk over the file.

import type { Node, TreeCursor } from 'web-tree-sitter';
import { nameOccurrences } from './context';
import { existingImports } from './imports';
import { parentOf } from './nodeParent';
import type { SourceFile } from './sourceFile';
import { isWordChar } from './textScan';

/**
 * iterated-once: the consumer only iterates (or, for views and ranges, takes `len()`, tests
 *   membership or truth), so the Python 3 object gives the same result as the Python 2 list.
 * needs-list: the value is used as a list (indexed, mutated, compared, printed, returned, passed
 *   to an unknown function, iterated twice, iterated while its source changes).
 * unknown: it cannot be told locally (a module-level or class-level name, a use far from where
 *   a one-pass iterator was stored). Rules treat it like needs-list: `list()` is never wrong.
 */
export type IteratingContext = 'iterated-once' | 'needs-list' | 'unknown';

export type LazyKind = 'view' | 'iterator' | 'range';

export interface IteratingOptions {
  kind: LazyKind;
  /**
   * Source texts of the objects the value reads lazily (the dict of a view, the iterables of a
   * `map`). A consuming loop whose body mutates one of them needs a list: Python 3 raises
   * RuntimeError for a dict, and sees appended items for a list.
   */
  watched?: readonly string[];
}

export function iteratingContext(node: Node, file: SourceFile, options: IteratingOptions): IteratingContext {
  return classify(node, file, options, 0);
}

// A value flows through at most this many parents (parentheses, `a or b`, `x if c else y`, slices).
const MAX_DEPTH = 8;

function classify(node: Node, file: SourceFile, options: IteratingOptions, depth: number): IteratingContext {
  if (depth > MAX_DEPTH) return 'unknown';
  let value = node;
  // The rules hand in the same call node again (wrapInList, unparenthesized): its parent is asked once.
  let parent = parentOf(node);
  while (parent && parent.type === 'parenthesized_expression') {
    value = parent;
    parent = parent.parent;
  }
  if (!parent) return 'needs-list';
  const lazyOnly = options.kind === 'iterator';
  switch (parent.type) {
    case 'for_statement': {
      if (!same(parent.childForFieldName('right'), value)) return 'needs-list';
      const body = parent.childForFieldName('body');
      if (!mutatesWatched(body, options)) return 'iterated-once';
      // `for k, v in d.items(): d[k] = f(v)` replaces the value of a key the loop has already read: no size change (no
      // RuntimeError), and later items still hold the values the Python 2 snapshot did.
      const key = loopKey(parent, node);
      return key && body && !rebinds(body, key, file) && !mutatesWatched(body, options, key) ? 'iterated-once' : 'needs-list';
    }
    case 'for_in_clause': {
      if (!same(parent.childForFieldName('right'), value)) return 'needs-list';
      const comprehension = parent.parent;
      return comprehension && mutatesWatched(comprehension, options) ? 'needs-list' : 'iterated-once';
    }
    case 'argument_list':
      return consumedByCall(value, parent, file, options);
    case 'list_splat':
      // `f(*v)` unpacks once into the call's arguments; `[*v]`, `(*v,)`, `{*v}` (Python 3 only) once into the display.
      return ['argument_list', 'list', 'tuple', 'set'].includes(parent.parent?.type ?? '') ? 'iterated-once' : 'needs-list';
    case 'comparison_operator': {
      // `x in v`: membership works on views and ranges, and consumes an iterator only once here.
      const operands = parent.namedChildren;
      const operators = parent.childrenForFieldName('operators').map((o) => o.text.replace(/\s+/g, ' '));
      if (operands.length === 2 && same(operands[1], value) && operators.length === 1 && (operators[0] === 'in' || operators[0] === 'not in')) {
        return 'iterated-once';
      }
      return 'needs-list';
    }
    case 'not_operator':
      // An iterator is always true; a view or range is true when non-empty, like the list.
      return lazyOnly ? 'needs-list' : 'iterated-once';
    case 'if_statement':
    case 'elif_clause':
    case 'while_statement':
      if (!same(parent.childForFieldName('condition'), value)) return 'needs-list';
      return lazyOnly ? 'needs-list' : 'iterated-once';
    case 'boolean_operator':
      // `v or default` tests v's truth, then may hand v itself on.
      if (lazyOnly && same(parent.childForFieldName('left'), value)) return 'needs-list';
      return classify(parent, file, options, depth + 1);
    case 'conditional_expression': {
      const parts = parent.namedChildren;
      if (parts.length === 3 && same(parts[1], value)) return lazyOnly ? 'needs-list' : 'iterated-once';
      return classify(parent, file, options, depth + 1);
    }
    case 'binary_operator': {
      // `d.keys() - other` (also `|`, `&`, `^`, either side) is a set operation on a Python 3 view; Python 2 raised
      // TypeError for a list there, so no working Python 2 code relies on a list, and `list()` would make Python 3 raise.
      const operator = parent.childForFieldName('operator')?.type ?? '';
      return options.kind === 'view' && ['-', '|', '&', '^'].includes(operator) ? 'iterated-once' : 'needs-list';
    }
    case 'assignment': {
      if (!same(parent.childForFieldName('right'), value)) return 'needs-list';
      const left = parent.childForFieldName('left');
      if (!left) return 'needs-list';
      // `a[i:j] = range(n)`: slice assignment takes any iterable (a list, bytearray); ctypes and multiprocessing arrays
      // take a sequence, which a range also is (len() and indexing).
      if (left.type === 'subscript' && options.kind === 'range' && left.childrenForFieldName('subscript').some((s) => s.type === 'slice')) {
        return 'iterated-once';
      }
      // `a, b = v` unpacks once (and fails the same way when the length is wrong).
      if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') return 'iterated-once';
      if (left.type === 'identifier') return nameUses(left, parent, file, options);
      return 'needs-list';
    }
    case 'expression_statement':
      // A discarded `map(f, xs)` ran f on every item in Python 2; the Python 3 iterator never runs it.
      return lazyOnly ? 'needs-list' : 'iterated-once';
    case 'yield':
      return parent.text.startsWith('yield') && /^yield\s+from\b/.test(parent.text) ? 'iterated-once' : 'needs-list';
    case 'subscript':
      if (options.kind !== 'range' || !same(parent.childForFieldName('value'), value)) return 'needs-list';
      // range(10)[i] is the same int; range(10)[a:b] is a range in Python 3, so follow it.
      if (parent.childrenForFieldName('subscript').some((s) => s.type === 'slice')) return classify(parent, file, options, depth + 1);
      return 'iterated-once';
    case 'attribute': {
      if (options.kind !== 'range' || !same(parent.childForFieldName('object'), value)) return 'needs-list';
      const method = parent.childForFieldName('attribute')?.text;
      const call = parent.parent;
      return (method === 'index' || method === 'count') && call?.type === 'call' ? 'iterated-once' : 'needs-list';
    }
    default:
      return 'needs-list';
  }
}

/** Calls that consume their iterable argument in one pass, by the argument's position. */
const FIRST_ARGUMENT_CONSUMERS = new Set([
  'list', 'tuple', 'set', 'frozenset', 'sorted', 'sum', 'enumerate', 'iter', 'dict', 'OrderedDict', 'Counter', 'deque',
  // Python 2's `bytes` is `str` (`bytes(range(3))` was '[0, 1, 2]'); `list()` does not bring that back, and Python 3 reads
  // the ints of a range, list or iterator alike.
  'bytearray', 'bytes',
]);
/** Names a module-level `from module import name` binds to a consumer, by module: the iterable's position. */
const IMPORTED_CONSUMERS = new Map<string, number>([
  ['collections:deque', 0], ['collections:OrderedDict', 0], ['collections:Counter', 0],
  ['array:array', 1], ['functools:reduce', 1], ['codecs:make_identity_dict', 0], ['string:join', 0], ['string:joinfields', 0],
]);
/** `module.function(...)` consumers, by module and function: the iterable's position. */
const MODULE_CONSUMERS = new Map<string, number>([
  ['array.array', 1], ['functools.reduce', 1], ['codecs.make_identity_dict', 0], ['string.join', 0], ['string.joinfields', 0],
]);
/** `operator.contains(v, x)` is `x in v`. */
const MEMBERSHIP_FUNCTIONS = new Set(['operator.contains', 'operator.sequenceIncludes']);
const SOLE_ARGUMENT_CONSUMERS = new Set(['any', 'all', 'min', 'max']);
/** `len()`, `bool()` and `reversed()` work on views and ranges; `reversed(view)` only from Python 3.8, so ranges only. */
const SIZED_CONSUMERS = new Set(['len', 'bool']);
const ITERTOOLS_CONSUMERS = new Set([
  'chain', 'islice', 'cycle', 'groupby', 'product', 'permutations', 'combinations', 'combinations_with_replacement',
  'starmap', 'takewhile', 'dropwhile', 'compress', 'tee', 'accumulate', 'izip', 'imap', 'ifilter', 'ifilterfalse', 'izip_longest',
]);
const METHOD_CONSUMERS = new Set(['extend', 'extendleft', 'update', 'writelines', 'writerows']);
/** unittest assertions that only test membership (`member in container`) or build lists of both arguments. */
const MEMBERSHIP_ASSERTIONS = new Set(['assertIn', 'assertNotIn']);
const LISTING_ASSERTIONS = new Set(['assertItemsEqual', 'assertCountEqual']);
/** Every plain name whose call may consume its argument (builtin, imported or star-imported): consumedByCall's names. */
const CONSUMER_NAMES = new Set([
  ...FIRST_ARGUMENT_CONSUMERS, ...SOLE_ARGUMENT_CONSUMERS, ...SIZED_CONSUMERS, ...ITERTOOLS_CONSUMERS,
  ...[...IMPORTED_CONSUMERS.keys()].map((key) => key.slice(key.indexOf(':') + 1)),
  'reduce', 'next', 'reversed', 'zip', 'map', 'filter',
]);
/** Every method name whose call may consume its argument: consumedByCall's `object.method(...)` cases. */
const CONSUMER_METHODS = new Set([
  'join', 'fromkeys', 'from_iterable', ...METHOD_CONSUMERS, ...MEMBERSHIP_ASSERTIONS, ...LISTING_ASSERTIONS, ...ITERTOOLS_CONSUMERS, ...FIRST_ARGUMENT_CONSUMERS,
  ...[...MODULE_CONSUMERS.keys(), ...MEMBERSHIP_FUNCTIONS].map((key) => key.slice(key.lastIndexOf('.') + 1)),
]);

/**
 * The word right before `(` (blanks between), or '' when none: the last token of a call's callee, which is the
 * name of a called identifier and the method of a called attribute. ASCII only: a word cut short at a non-ASCII
 * letter is no consumer's name either, and the tree is asked for it.
 */
function wordBefore(text: string, paren: number): string {
  let end = paren;
  while (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09) end--;
  let start = end;
  while (isWordChar(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

function consumedByCall(value: Node, argumentList: Node, file: SourceFile, options: IteratingOptions): IteratingContext {
  // The callee's last word decides most calls without the tree (the call is a `parent`, a descent from the root):
  // a call of any other name or method needs a list (so does an argument list that is not a call's).
  const word = wordBefore(file.text, argumentList.startIndex);
  if (!CONSUMER_NAMES.has(word) && !CONSUMER_METHODS.has(word)) return 'needs-list';
  const call = argumentList.parent;
  const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
  if (!call || !callee) return 'needs-list';
  // A call of any other name or method needs a list, whatever its arguments: the rest is not asked.
  const calleeType = callee.type;
  if (calleeType === 'identifier' && !CONSUMER_NAMES.has(callee.text)) return 'needs-list';
  if (calleeType === 'attribute' && !CONSUMER_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return 'needs-list';
  const args = argumentList.namedChildren.filter((c) => c.type !== 'comment');
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  if (positional.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return 'needs-list';
  const position = positional.findIndex((a) => same(a, value));
  if (position < 0) return 'needs-list';

  if (calleeType === 'identifier') {
    const name = callee.text;
    if (!isBuiltinAt(callee, name, file)) {
      // A name imported from itertools is the consumer itself; any other local binding is unknown code.
      const imports = existingImports(file);
      if (ITERTOOLS_CONSUMERS.has(name) && imports.has(`itertools:${name}`)) return 'iterated-once';
      for (const [key, at] of IMPORTED_CONSUMERS) if (key.endsWith(`:${name}`) && imports.has(key) && position === at) return 'iterated-once';
      return 'needs-list';
    }
    // Unbound in the file, but `from itertools import *` supplies it (test_itertools.py's `product(range(3), ...)`).
    if (ITERTOOLS_CONSUMERS.has(name) && starImports(file).has('itertools')) return 'iterated-once';
    // Python 2's builtin reduce(function, iterable[, initial]).
    if (name === 'reduce' && position === 1) return 'iterated-once';
    // `next(map(...))`: Python 2 raised TypeError for the list map/filter/zip returned, so `list()` could only make Python 3
    // raise too. (Not `next(d.itervalues())`: that was an iterator on Python 2 already, and a Python 3 view is not.)
    if (name === 'next' && position === 0 && options.kind === 'iterator' && isListBuiltinCall(value, file)) return 'iterated-once';
    if (FIRST_ARGUMENT_CONSUMERS.has(name) && position === 0) return 'iterated-once';
    if (SOLE_ARGUMENT_CONSUMERS.has(name) && positional.length === 1) return 'iterated-once';
    if (SIZED_CONSUMERS.has(name) && positional.length === 1) return options.kind === 'iterator' ? 'needs-list' : 'iterated-once';
    if (name === 'reversed' && positional.length === 1) return options.kind === 'range' ? 'iterated-once' : 'needs-list';
    // The outer map/filter/zip reads its iterables lazily in Python 3; its own rule decides whether it needs a list.
    if (name === 'zip' || (name === 'map' && position >= 1) || (name === 'filter' && position === 1)) return 'iterated-once';
    return 'needs-list';
  }
  if (calleeType === 'attribute') {
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const object = callee.childForFieldName('object')?.text ?? '';
    if (method === 'join' && positional.length === 1) return 'iterated-once';
    if (METHOD_CONSUMERS.has(method) && position === 0 && positional.length === 1) return 'iterated-once';
    // dict.fromkeys(iterable[, value]).
    if (method === 'fromkeys' && position === 0 && positional.length <= 2) return 'iterated-once';
    if (MODULE_CONSUMERS.get(`${object}.${method}`) === position) return 'iterated-once';
    if (MEMBERSHIP_FUNCTIONS.has(`${object}.${method}`) && position === 0 && positional.length === 2) return 'iterated-once';
    if (object === 'self' && MEMBERSHIP_ASSERTIONS.has(method) && position === 1) return 'iterated-once';
    // Both arguments go through list() first (unittest's assertItemsEqual, Python 3's assertCountEqual).
    if (object === 'self' && LISTING_ASSERTIONS.has(method) && position <= 1) return 'iterated-once';
    // itertools.repeat(v) hands out the same object again and again: not a single pass.
    if (object === 'itertools' && ITERTOOLS_CONSUMERS.has(method)) return 'iterated-once';
    if ((object === 'itertools.chain' || object === 'chain') && method === 'from_iterable' && positional.length === 1) return 'iterated-once';
    if (object === 'collections' && FIRST_ARGUMENT_CONSUMERS.has(method) && position === 0) return 'iterated-once';
  }
  return 'needs-list';
}

/** `map(...)`, `filter(...)` or `zip(...)` of the builtins (lists on Python 2), inside any parentheses. */
function isListBuiltinCall(node: Node, file: SourceFile): boolean {
  let inner: Node | null = node;
  while (inner?.type === 'parenthesized_expression' && inner.namedChildren.length === 1) inner = inner.namedChildren[0];
  const callee = inner?.type === 'call' ? inner.childForFieldName('function') : null;
  return callee?.type === 'identifier' && ['map', 'filter', 'zip'].includes(callee.text) && isBuiltinAt(callee, callee.text, file);
}

/** Modules the file star-imports at module level (`from itertools import *`). */
function starImports(file: SourceFile): ReadonlySet<string> {
  return file.memo('iteratingContext:starImports', (f) => {
    const modules = new Set<string>();
    for (const statement of f.root.namedChildren) {
      if (statement.type !== 'import_from_statement' || !statement.namedChildren.some((c) => c.type === 'wildcard_import')) continue;
      const module = statement.childForFieldName('module_name')?.text;
      if (module) modules.add(module);
    }
    return modules;
  });
}

/**
 * `name = value` inside a function: the value is iterated once when every use of the name is.
 * A one-pass iterator must be used once, by the next statement (a later use would run a `map`'s
 * function later than Python 2 did); a view may be used many times, as long as nothing between
 * the assignment and the last use mutates its dict (the Python 2 list was a snapshot).
 */
function nameUses(target: Node, assignment: Node, file: SourceFile, options: IteratingOptions): IteratingContext {
  // Each `parent` is a descent from the root: the assignment's is asked once, and the scope walk starts from it.
  const above = assignment.parent;
  const statement = above?.type === 'expression_statement' ? above : undefined;
  if (!statement) return 'unknown';
  const scope = scopeFrom(statement);
  // Module and class names can be read from anywhere (other modules, other methods).
  if (!scope || scope.type !== 'function_definition') return 'unknown';
  const name = target.text;
  const uses: Node[] = [];
  let nested: boolean | undefined;
  for (const identifier of eachIdentifierNamed(scope, name, file)) {
    if (same(identifier, target)) continue;
    const parent = identifier.parent;
    if (!parent || !isNameUse(identifier, parent)) continue;
    if (parent.type === 'global_statement' || parent.type === 'nonlocal_statement') return 'unknown';
    if (identifier.startIndex < assignment.endIndex) return 'unknown';
    // A closure may run any number of times, at any time. Without a nested scope every use is in this one.
    nested ??= hasNestedScope(scope, file);
    if (nested && scopeFrom(parent)?.id !== scope.id) return 'unknown';
    uses.push(identifier);
  }
  if (uses.length === 0) return options.kind === 'iterator' ? 'needs-list' : 'iterated-once';

  if (options.kind === 'iterator') {
    if (uses.length > 1) return 'needs-list';
    const next = nextStatement(statement);
    if (!next || !(uses[0].startIndex >= next.startIndex && uses[0].endIndex <= next.endIndex)) return 'unknown';
    if (inLoopNotContaining(uses[0], statement, scope)) return 'needs-list';
    return classify(uses[0], file, options, 1);
  }

  let result: IteratingContext = 'iterated-once';
  for (const use of uses) {
    const verdict = classify(use, file, options, 1);
    if (verdict === 'needs-list') return 'needs-list';
    if (verdict === 'unknown') result = 'unknown';
  }
  if (options.kind === 'view') {
    const last = uses[uses.length - 1];
    const end = topStatementIn(last, scope)?.endIndex ?? last.endIndex;
    const between = file.text.slice(assignment.endIndex, end);
    if ((options.watched ?? []).some((text) => mutates(between, text))) return 'needs-list';
  }
  return result;
}

const NESTED_SCOPE = /\b(?:def|class|lambda)\b/;

/**
 * Whether a def, class or lambda may be nested in `fn` (a function definition): its text past its name spells one.
 * Words in strings and comments count too, which only costs the walk this saves. Not trusted in a tree with
 * syntax errors.
 */
function hasNestedScope(fn: Node, file: SourceFile): boolean {
  if (file.root.hasError) return true;
  const from = fn.childForFieldName('name')?.endIndex ?? fn.startIndex;
  return NESTED_SCOPE.test(file.text.slice(from, fn.endIndex));
}

/**
 * `node` itself when it is a scope, else its nearest enclosing scope. Walked up with `parent`: the statements and
 * names asked about sit a level or two below their scope, where a descent from the root (scopesAround) is longer.
 */
function scopeFrom(node: Node): Node | undefined {
  for (let p: Node | null = node; p; p = p.parent) {
    const type = p.type;
    if (type === 'function_definition' || type === 'class_definition' || type === 'lambda' || type === 'module') return p;
  }
  return undefined;
}

const SCOPE_TYPES = new Set(['function_definition', 'class_definition', 'lambda', 'module']);

export interface Scope {
  node: Node;
  type: 'function_definition' | 'class_definition' | 'lambda' | 'module';
}

/** Per parse: the scopes around a node (node id -> scopes). */
const scopesByFile = new WeakMap<SourceFile, Map<number, readonly Scope[]>>();
/** One cursor for every tree: `reset` points it at the tree of the node it is given. */
let scopeCursor: TreeCursor | undefined;

/**
 * The defs, classes, lambdas and the module around `node` (not `node` itself), outermost first. Read by one
 * tree cursor going down from the root to the node: tree-sitter keeps no parent pointers, so each `parent`
 * walks down from the root too, and a walk up through n ancestors cost n such descents (~1.5 µs each).
 */
export function scopesAround(node: Node, file: SourceFile): readonly Scope[] {
  let byNode = scopesByFile.get(file);
  if (!byNode) scopesByFile.set(file, (byNode = new Map()));
  let scopes = byNode.get(node.id);
  if (!scopes) byNode.set(node.id, (scopes = scopesFromRoot(node, file) ?? scopesByParents(node)));
  return scopes;
}

/** The cursor's way down; undefined if it misses the node (a zero-width node, say): then the parents are asked. */
function scopesFromRoot(node: Node, file: SourceFile): Scope[] | undefined {
  const cursor = scopeCursor ?? (scopeCursor = file.root.walk());
  cursor.reset(file.root);
  const id = node.id;
  const start = node.startIndex;
  const scopes: Scope[] = [];
  while (cursor.nodeId !== id) {
    const type = cursor.nodeType;
    if (SCOPE_TYPES.has(type)) scopes.push({ node: cursor.currentNode, type: type as Scope['type'] });
    if (!cursor.gotoFirstChildForIndex(start)) return undefined;
  }
  return scopes;
}

function scopesByParents(node: Node): Scope[] {
  const scopes: Scope[] = [];
  for (let p = node.parent; p; p = p.parent) {
    const type = p.type;
    if (SCOPE_TYPES.has(type)) scopes.unshift({ node: p, type: type as Scope['type'] });
  }
  return scopes;
}

/** The next statement after `statement` in its block, skipping comments. */
function nextStatement(statement: Node): Node | undefined {
  for (let s = statement.nextNamedSibling; s; s = s.nextNamedSibling) if (s.type !== 'comment') return s;
  return undefined;
}

/** The statement directly inside the function body that contains `node`. */
function topStatementIn(node: Node, scope: Node): Node | undefined {
  const body = scope.childForFieldName('body');
  if (!body) return undefined;
  let current: Node | null = node;
  while (current && current.parent && !same(current.parent, body)) current = current.parent;
  return current ?? undefined;
}

/** True when a loop around `use` (inside the scope) does not also contain `statement`: the use runs more often. */
function inLoopNotContaining(use: Node, statement: Node, scope: Node): boolean {
  for (let p = use.parent; p && p.id !== scope.id; p = p.parent) {
    const loops = p.type === 'for_statement' || p.type === 'while_statement' || p.type.endsWith('comprehension') || p.type === 'generator_expression';
    if (loops && !(p.startIndex <= statement.startIndex && statement.endIndex <= p.endIndex)) {
      // The first iterable of a comprehension, and a `for` loop's iterable, are evaluated once.
      if (p.type === 'for_statement' && contains(p.childForFieldName('right'), use)) continue;
      if (p.type !== 'for_statement' && p.type !== 'while_statement') {
        const first = p.namedChildren.find((c) => c.type === 'for_in_clause');
        if (first && contains(first.childForFieldName('right'), use)) continue;
      }
      return true;
    }
  }
  return false;
}

/** An identifier that reads or writes the name: not `x.name`, not `f(name=1)`, not an import. */
function isNameUse(node: Node, parent: Node): boolean {
  if (parent.type === 'attribute') return !same(parent.childForFieldName('attribute'), node);
  if (parent.type === 'keyword_argument') return !same(parent.childForFieldName('name'), node);
  return !['dotted_name', 'aliased_import', 'import_statement', 'import_from_statement'].includes(parent.type);
}

const MUTATING_METHODS =
  'append|extend|insert|pop|popitem|remove|clear|update|setdefault|add|discard|sort|reverse|' +
  'difference_update|intersection_update|symmetric_difference_update|__setitem__|__delitem__';
const AUGMENTED = '(?:[-+*/%&|^@]|<<|>>|\\*\\*|//)';
const patternCache = new Map<string, RegExp>();

/**
 * Matches text that mutates `subject` (a name or attribute chain): a mutating method call,
 * item assignment or deletion, augmented assignment. Text in strings and comments matches too,
 * which only keeps a `list()` that was not needed.
 */
export function mutationPattern(subject: string): RegExp {
  let pattern = patternCache.get(subject);
  if (!pattern) {
    const s = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `(?<![\\w.])${s}\\s*(?:\\.\\s*(?:${MUTATING_METHODS})\\s*\\(|\\[[^\\]]*\\]\\s*${AUGMENTED}?=(?!=)|${AUGMENTED}=)` +
        `|\\bdel\\s+(?:[^\\n]*[,\\s])?${s}\\s*\\[`,
    );
    patternCache.set(subject, pattern);
  }
  return pattern;
}

/** What follows the subject in mutationPattern's first alternative, tried at one position. */
const MUTATION_AFTER_SUBJECT = new RegExp(`\\s*(?:\\.\\s*(?:${MUTATING_METHODS})\\s*\\(|\\[[^\\]]*\\]\\s*${AUGMENTED}?=(?!=)|${AUGMENTED}=)`, 'y');
const delPatternCache = new Map<string, RegExp>();

/**
 * Whether `text` mutates `subject`: `mutationPattern(subject).test(text)`, without compiling that pattern per subject
 * (with its method alternation, ~0.1 ms each: ~25 ms of a fresh run over the stdlib's ~110 subjects). Its first
 * alternative starts with the subject itself: tried where the subject occurs, its lookbehind read from the character
 * before, and what follows matched by one shared sticky regex. Its `del` alternative starts at a `del` word: tried only
 * there, with a small per-subject regex.
 */
export function mutates(text: string, subject: string): boolean {
  const length = subject.length;
  for (let at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
    // The pattern's lookbehind, `(?<![\w.])`.
    const before = text.charCodeAt(at - 1);
    if (isWordChar(before) || before === 0x2e) continue;
    MUTATION_AFTER_SUBJECT.lastIndex = at + length;
    if (MUTATION_AFTER_SUBJECT.test(text)) return true;
  }
  for (let at = text.indexOf('del'); at >= 0; at = text.indexOf('del', at + 1)) {
    // `\bdel`: no word character before.
    if (isWordChar(text.charCodeAt(at - 1))) continue;
    let del = delPatternCache.get(subject);
    if (!del) {
      const s = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      del = new RegExp(`del\\s+(?:[^\\n]*[,\\s])?${s}\\s*\\[`, 'y');
      delPatternCache.set(subject, del);
    }
    del.lastIndex = at;
    if (del.test(text)) return true;
  }
  return false;
}

/** Names and attribute chains (`d`, `self.table`): the only texts whose mutation can be found by reading. */
export function isWatchable(node: Node): boolean {
  if (node.type === 'identifier') return true;
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    return !!object && isWatchable(object);
  }
  return false;
}

/**
 * With `key`, an item assignment `subject[key] = ...` (or `subject[key] += ...`) does not count: the key the loop
 * is at already exists, so the assignment changes neither the dict's size nor a value the loop has yet to read.
 */
function mutatesWatched(region: Node | null, options: IteratingOptions, key?: string): boolean {
  if (!region || !options.watched || options.watched.length === 0) return false;
  const text = region.text;
  // Every mutation spells the subject: a region without it needs no regex (led by a lookbehind, tried at every position).
  return options.watched.some((subject) => text.includes(subject) && mutates(key ? text.replace(keyAssignmentPattern(subject, key), '') : text, subject));
}

function keyAssignmentPattern(subject: string, key: string): RegExp {
  const s = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${s}\\s*\\[\\s*${key}\\s*\\]\\s*${AUGMENTED}?=(?!=)`, 'g');
}

const KEY_METHODS = new Set(['keys', 'iterkeys', 'viewkeys']);
const ITEM_METHODS = new Set(['items', 'iteritems', 'viewitems']);

/** The name a `for` loop over `d.keys()` / `d.items()` (the call itself, not a name it was stored in) binds to each key. */
function loopKey(loop: Node, call: Node): string | undefined {
  const method = call.type === 'call' ? call.childForFieldName('function') : null;
  const name = method?.type === 'attribute' ? method.childForFieldName('attribute')?.text ?? '' : '';
  const left = loop.childForFieldName('left');
  if (!left) return undefined;
  if (KEY_METHODS.has(name)) return left.type === 'identifier' ? left.text : undefined;
  if (!ITEM_METHODS.has(name) || (left.type !== 'pattern_list' && left.type !== 'tuple_pattern')) return undefined;
  const first = left.namedChildren[0];
  return left.namedChildren.length === 2 && first?.type === 'identifier' ? first.text : undefined;
}

const BINDING_PARENTS = new Set([
  'pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern', 'global_statement', 'nonlocal_statement',
  'parameters', 'lambda_parameters', 'default_parameter', 'typed_parameter', 'except_clause', 'delete_statement', 'expression_list',
  'dotted_name', 'aliased_import', 'function_definition', 'class_definition', 'named_expression',
]);

/** Whether `region` may bind `name` again (then `d[name] = ...` may add a key). Errs towards yes. */
function rebinds(region: Node, name: string, file: SourceFile): boolean {
  for (const identifier of eachIdentifierNamed(region, name, file)) {
    const parent = identifier.parent;
    if (!parent || BINDING_PARENTS.has(parent.type)) return true;
    const bound = ['assignment', 'augmented_assignment', 'for_statement', 'for_in_clause'].includes(parent.type) && same(parent.childForFieldName('left'), identifier);
    if (bound) return true;
  }
  return false;
}

function same(a: Node | null | undefined, b: Node): boolean {
  if (!a) return false;
  // `id` and `startIndex` are plain fields of a Node; `endIndex` and `type` are calls into the tree.
  if (a.id === b.id && a.startIndex === b.startIndex) return true;
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

function contains(outer: Node | null | undefined, inner: Node): boolean {
  return !!outer && outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Names bound in the module's own scope (not inside a def or class body). Read from the module's
 * statements only, descending into `if`/`try`/`for`/`while`/`with` blocks: a few nodes per statement.
 */
function moduleScopeNames(file: SourceFile): ReadonlySet<string> {
  return file.memo('iteratingContext:moduleScopeNames', (f) => {
    const names = new Set<string>();
    collectStatementBindings(f.root.namedChildren, names);
    return names;
  });
}

const LAZY_BUILTINS = ['map', 'filter', 'zip', 'range'];
const STAR_BUILTINS = new Map<string, readonly string[]>([
  ['builtins', LAZY_BUILTINS],
  ['future.builtins', LAZY_BUILTINS],
  ['future_builtins', ['map', 'filter', 'zip']],
]);

function collectStatementBindings(statements: readonly Node[], names: Set<string>): void {
  for (const statement of statements) {
    switch (statement.type) {
      case 'function_definition':
      case 'class_definition':
        addName(statement.childForFieldName('name'), names);
        break;
      case 'decorated_definition':
        addName(statement.childForFieldName('definition')?.childForFieldName('name'), names);
        break;
      case 'expression_statement':
        for (const child of statement.namedChildren) collectAssignmentTargets(child, names);
        break;
      case 'import_statement':
      case 'import_from_statement': {
        // `from builtins import *` (python-future) and `from future_builtins import *` bind the lazy versions.
        const star = STAR_BUILTINS.get(statement.childForFieldName('module_name')?.text ?? '');
        if (star && statement.namedChildren.some((c) => c.type === 'wildcard_import')) for (const name of star) names.add(name);
        for (const name of statement.childrenForFieldName('name')) {
          if (name.type === 'aliased_import') addName(name.childForFieldName('alias'), names);
          else if (name.type === 'dotted_name') addName(name.namedChildren[0], names);
        }
        break;
      }
      case 'for_statement':
        collectTargets(statement.childForFieldName('left'), names);
        collectCompound(statement, names);
        break;
      default:
        collectCompound(statement, names);
    }
  }
}

/** The blocks and clauses of a compound statement (`if`, `try`, `with`, ...), and the names its clauses bind. */
function collectCompound(statement: Node, names: Set<string>): void {
  for (const child of statement.namedChildren) {
    if (child.type === 'block') collectStatementBindings(child.namedChildren, names);
    else if (child.type.endsWith('_clause')) {
      if (child.type === 'except_clause' || child.type === 'with_clause') {
        for (const target of child.descendantsOfType('as_pattern_target')) collectTargets(target, names);
        // Python 2 `except E, name:`.
        const values = child.childrenForFieldName('value');
        if (values.length === 2) collectTargets(values[1], names);
      }
      collectCompound(child, names);
    }
  }
}

function collectAssignmentTargets(node: Node, names: Set<string>): void {
  if (node.type !== 'assignment' && node.type !== 'augmented_assignment') return;
  collectTargets(node.childForFieldName('left'), names);
  const right = node.childForFieldName('right');
  if (right) collectAssignmentTargets(right, names);
}

function collectTargets(target: Node | null | undefined, names: Set<string>): void {
  if (!target) return;
  if (target.type === 'identifier') names.add(target.text);
  else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'as_pattern_target', 'list_splat_pattern', 'parenthesized_expression'].includes(target.type)) {
    for (const child of target.namedChildren) collectTargets(child, names);
  }
}

function addName(node: Node | null | undefined, names: Set<string>): void {
  if (node) names.add(node.text);
}

/**
 * True when `name` at `node` is the builtin: neither the module scope nor an enclosing function
 * (or lambda) binds it. Bindings in nested scopes of an enclosing function count too, which only
 * costs a missed finding.
 */
export function isBuiltinAt(node: Node, name: string, file: SourceFile): boolean {
  // Every binding is an identifier spelled `name` in the text. Where the text has no occurrence that
  // could be one, or none inside a function, no function binds it: the walk up the tree (each
  // `parent` costs a descent from the root) and the binding query per function are skipped. In a
  // well-formed tree the module's bindings are among the occurrences too, unless a star import binds
  // the lazy builtins: then the module's statements need not be read either.
  // Where every candidate sits in a function or class, the module does not bind the name either.
  const bindings = possibleBindings(file, name);
  if (bindings.offsets.length === 0 && bindings.file.moduleNamesFromText) return true;
  if ((!bindings.file.moduleNamesFromText || anyAtModuleLevel(bindings)) && moduleScopeNames(file).has(name)) return false;
  const candidates = bindings.offsets;
  if (candidates.length === 0) return true;
  for (const { node: scope, type } of scopesAround(node, file)) {
    if ((type === 'function_definition' || type === 'lambda') && anyWithin(candidates, scope.startIndex, scope.endIndex) && functionBinds(scope, name, bindings, file)) {
      return false;
    }
  }
  return true;
}

interface FileBindings {
  wellFormed: boolean;
  /**
   * Every name the module scope binds (moduleScopeNames) is an occurrence in the text that
   * possibleBindings keeps: the tree has no syntax error, and no star import can bind the lazy
   * builtins (`from builtins import *`) without spelling them.
   */
  moduleNamesFromText: boolean;
  byName: Map<string, PossibleBindings>;
}

interface PossibleBindings {
  file: FileBindings;
  /** Offsets of the occurrences, ascending. */
  offsets: number[];
  /** The identifier at each offset, and its parent. */
  identifiers: Node[];
  parents: Node[];
  /** Whether one of them may be in the module's own scope (see anyAtModuleLevel). */
  atModuleLevel?: boolean;
}

/**
 * Whether one of the possible bindings may bind in the module's scope: no def, class or lambda holds it (a def's or
 * class's own name binds in the scope around it). Asked once per file and name.
 */
function anyAtModuleLevel(bindings: PossibleBindings): boolean {
  bindings.atModuleLevel ??= bindings.parents.some((parent) => {
    const type = parent.type;
    const from = type === 'function_definition' || type === 'class_definition' ? parent.parent : parent;
    return !from || scopeFrom(from)?.type === 'module';
  });
  return bindings.atModuleLevel;
}

const possibleBindingsByFile = new WeakMap<SourceFile, FileBindings>();

/**
 * The text of every star import moduleScopeNames reads as binding the lazy builtins (STAR_BUILTINS: `from builtins
 * import *`, `from future.builtins import *`, `from future_builtins import *`), continued lines included. A literal
 * start, so the scan is cheap; `__builtins__` alone does not match.
 */
const STAR_BUILTINS_IMPORT = /builtins[ \t\f\\\r\n]+import[ \t\f\\\r\n]+\*/;

/**
 * Parents an identifier has where it is bound: those isScopeBinding accepts, and those of
 * the names moduleScopeNames collects (`except E, name:`, `(a, b) = ...`, `with ... as name`).
 */
const BINDING_SITES = new Set([
  'function_definition', 'class_definition', 'assignment', 'augmented_assignment', 'pattern_list', 'tuple_pattern', 'list_pattern',
  'parenthesized_expression', 'dotted_name', 'aliased_import', 'for_statement', 'for_in_clause', 'as_pattern_target', 'parameters',
  'default_parameter', 'typed_parameter', 'typed_default_parameter', 'lambda_parameters', 'list_splat_pattern', 'dictionary_splat_pattern',
  'global_statement', 'named_expression', 'except_clause', 'with_clause',
]);

/**
 * Offsets of the occurrences of the word `name` that might be a binding, ascending. Left out are
 * words that are no identifier in the tree (in strings and comments), identifiers whose parent binds
 * nothing (`isinstance(x, list)`), and calls (`name(` that is not a def or class name), the last only
 * in a tree without syntax errors: error recovery can make `import name(x)` or `global name(x)` bind
 * the name. (`x.name` stays in: tree-sitter reads the invalid `from m import a.name` as binding it.)
 */
function possibleBindings(file: SourceFile, name: string): PossibleBindings {
  let state = possibleBindingsByFile.get(file);
  if (!state) {
    const wellFormed = !file.root.hasError;
    state = { wellFormed, moduleNamesFromText: wellFormed && !STAR_BUILTINS_IMPORT.test(file.text), byName: new Map() };
    possibleBindingsByFile.set(file, state);
  }
  let bindings = state.byName.get(name);
  if (bindings) return bindings;
  const found: number[] = [];
  const identifiers: Node[] = [];
  const parents: Node[] = [];
  // The word scan, the nodes and their parents are shared with isLocallyBound and builtinReference.ts's functionBindings.
  const occurrences = nameOccurrences(file, name);
  for (let k = 0, at = occurrences.offset(0); at >= 0; at = occurrences.offset(++k)) {
    // A few tree calls per occurrence left, once per file and name: cheaper than the walks up the tree they save.
    const identifier = occurrences.identifier(k);
    if (!identifier) continue;
    const parent = occurrences.parent(k);
    if (!parent || !BINDING_SITES.has(parent.type)) continue;
    found.push(at);
    identifiers.push(identifier);
    parents.push(parent);
  }
  bindings = { file: state, offsets: found, identifiers, parents };
  state.byName.set(name, bindings);
  return bindings;
}

/**
 * The identifiers spelled `name` inside `scope`, in text order: the nodes of
 * `scope.descendantsOfType('identifier')` whose text is `name`, found from the text instead.
 * descendantsOfType hands every identifier of the subtree to JS (a new Node each); the text search
 * asks the tree only at the occurrences of the word. In a tree with syntax errors a token may end
 * right before a name (`1map`), so the word test is not trusted there and the subtree is walked.
 * Yielded one at a time: a caller that stops at the first that answers its question asks the tree no further.
 */
export function* eachIdentifierNamed(scope: Node, name: string, file: SourceFile): Generator<Node> {
  if (file.root.hasError) {
    for (const identifier of scope.descendantsOfType('identifier')) if (identifier.text === name) yield identifier;
    return;
  }
  const text = file.text;
  const end = scope.endIndex;
  for (let at = text.indexOf(name, scope.startIndex); at >= 0 && at + name.length <= end; at = text.indexOf(name, at + 1)) {
    const after = at + name.length;
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(after))) continue;
    const node = file.root.descendantForIndex(at, after);
    if (node && node.type === 'identifier' && node.startIndex === at && node.endIndex === after) yield node;
  }
}

function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  const low = firstAtOrAfter(sorted, start);
  return low < sorted.length && sorted[low] < end;
}

/** Per parse: whether a function binds a name (function id -> name -> answer). */
const functionBindings = new WeakMap<SourceFile, Map<number, Map<string, boolean>>>();

/**
 * Whether `fn` (a def or lambda) binds `name` in its own scope. Unlike context.ts's file-wide set, a binding counts
 * only for the code that sees it: a `list = os.listdir(p)` in one method does not stop `list(...)` meaning the
 * builtin in another. A def's own name is bound in the scope around it, not in its body (code.py's
 * `def raw_input(self, prompt)` calls the builtin raw_input). A nested def, lambda or class binds its parameters
 * and body names in its own scope (mapping_tests.py's `def check_iterandlist(iter, ...)` leaves `iter(d.keys())`
 * in the enclosing method the builtin); only its name binds here.
 *
 * Read from the possible bindings of the name inside `fn` (a tree-sitter query of the binding patterns over the
 * whole function did the same; its compilation alone cost 20-80 ms per process). In a well-formed tree every
 * binding spelled `name` is one of the possible bindings (see possibleBindings); in a tree with syntax errors a
 * token may end right before the name (`1map`), so every identifier of the function spelled `name` is read there.
 */
function functionBinds(fn: Node, name: string, bindings: PossibleBindings, file: SourceFile): boolean {
  let byFunction = functionBindings.get(file);
  if (!byFunction) functionBindings.set(file, (byFunction = new Map()));
  let byName = byFunction.get(fn.id);
  if (!byName) byFunction.set(fn.id, (byName = new Map()));
  let binds = byName.get(name);
  if (binds === undefined) {
    const own = fn.childForFieldName('name')?.id;
    const binding = (identifier: Node, parent: Node | null): boolean =>
      !!parent && identifier.id !== own && isScopeBinding(identifier, parent) && !inNestedScope(fn, identifier, parent, file);
    binds = false;
    if (bindings.file.wellFormed) {
      const { offsets, identifiers, parents } = bindings;
      for (let i = firstAtOrAfter(offsets, fn.startIndex); i < offsets.length && offsets[i] < fn.endIndex && !binds; i++) binds = binding(identifiers[i], parents[i]);
    } else {
      binds = fn.descendantsOfType('identifier').some((identifier) => identifier.text === name && binding(identifier, identifier.parent));
    }
    byName.set(name, binds);
  }
  return binds;
}

/**
 * Whether `identifier` (whose parent is `parent`) is bound where it stands in the scope it belongs to: what the
 * query below (once run over each function) captured, read pattern by pattern from the parent (and, for the
 * patterns two levels deep, the grandparent). builtinReference.ts asks it too.
 *
 *   (function_definition name: (identifier) @name)            (class_definition name: (identifier) @name)
 *   (assignment left: (identifier) @name)                      (augmented_assignment left: (identifier) @name)
 *   (assignment left: (pattern_list (identifier) @name))       (assignment left: (tuple_pattern (identifier) @name))
 *   (assignment left: (list_pattern (identifier) @name))
 *   (import_statement name: (dotted_name . (identifier) @name))
 *   (import_statement name: (aliased_import alias: (identifier) @name))
 *   (import_from_statement name: (dotted_name (identifier) @name))
 *   (import_from_statement name: (aliased_import alias: (identifier) @name))
 *   (for_statement left: (identifier) @name)                   (for_in_clause left: (identifier) @name)
 *   (for_statement left: (pattern_list (identifier) @name))    (for_statement left: (tuple_pattern (identifier) @name))
 *   (as_pattern_target (identifier) @name)                     (parameters (identifier) @name)
 *   (default_parameter name: (identifier) @name)               (typed_parameter (identifier) @name)
 *   (typed_default_parameter name: (identifier) @name)         (lambda_parameters (identifier) @name)
 *   (list_splat_pattern (identifier) @name)                    (dictionary_splat_pattern (identifier) @name)
 *   (global_statement (identifier) @name)                      (named_expression name: (identifier) @name)
 */
export function isScopeBinding(identifier: Node, parent: Node): boolean {
  const inField = (node: Node, field: string): boolean => same(node.childForFieldName(field), identifier);
  switch (parent.type) {
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
    case 'named_expression':
      return inField(parent, 'name');
    case 'assignment':
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return inField(parent, 'left');
    case 'as_pattern_target':
    case 'parameters':
    case 'typed_parameter':
    case 'lambda_parameters':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
    case 'global_statement':
      return true;
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern': {
      // `a, b = ...`, `[a, b] = ...`; `for a, b in ...` (no list pattern there).
      const above = parent.parent;
      const type = above?.type;
      if (type !== 'assignment' && !(type === 'for_statement' && parent.type !== 'list_pattern')) return false;
      return same(above!.childForFieldName('left'), parent);
    }
    case 'dotted_name': {
      // `import name.x` binds the first name; `from m import name` any (tree-sitter reads `from m import a.name` too).
      const above = parent.parent;
      const type = above?.type;
      if (type !== 'import_statement' && type !== 'import_from_statement') return false;
      if (type === 'import_statement' && !same(parent.firstNamedChild, identifier)) return false;
      return above!.childrenForFieldName('name').some((n) => same(n, parent));
    }
    case 'aliased_import': {
      if (!inField(parent, 'alias')) return false;
      const above = parent.parent;
      const type = above?.type;
      return (type === 'import_statement' || type === 'import_from_statement') && above!.childrenForFieldName('name').some((n) => same(n, parent));
    }
    default:
      return false;
  }
}

/** Per parse: the defs, lambdas and classes nested in a function (function id -> nodes). */
const nestedScopes = new WeakMap<SourceFile, Map<number, Node[]>>();

/**
 * Whether a binding inside `fn` belongs to a scope nested in it. A def's or class's own name binds in the scope
 * around it.
 */
function inNestedScope(fn: Node, binding: Node, definition: Node, file: SourceFile): boolean {
  let byFunction = nestedScopes.get(file);
  if (!byFunction) nestedScopes.set(file, (byFunction = new Map()));
  let nested = byFunction.get(fn.id);
  if (!nested) byFunction.set(fn.id, (nested = fn.descendantsOfType(['function_definition', 'lambda', 'class_definition']).filter((n) => n.id !== fn.id)));
  const at = (definition.type === 'function_definition' || definition.type === 'class_definition') && same(definition.childForFieldName('name'), binding) ? definition : binding;
  return nested.some((scope) => scope.id !== at.id && scope.startIndex <= at.startIndex && at.endIndex <= scope.endIndex);
}

/** The index of the first offset at or after `start` (offsets ascending). */
function firstAtOrAfter(sorted: readonly number[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
