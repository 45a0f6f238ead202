// What kind of number an expression provably is: 'int' (int, long or bool on Python 2),
// 'float', or 'unknown'. Used by classic-division (an int / int is floor division on Python 2)
// and round-builtin. Only the operands of a matched operator are inspected, never the whole tree.
//
// The inference is deliberately narrow: a wrong 'int' would make a "safe" `//` fix change
// behaviour, so anything not provable from the expression itself (or the few bindings of a
// local name) is 'unknown'.

import type { Node } from 'web-tree-sitter';
import { isBindingOccurrenceAmong, isLocallyBound, isTopLevelStatement } from '../context';
import { isWordChar } from '../textScan';
import type { SourceFile } from '../sourceFile';

export type NumericKind = 'int' | 'float' | 'unknown';

/** Builtins that return an int (or long) whenever they return at all. */
const INT_BUILTINS = new Set(['len', 'int', 'long', 'ord']);
/** Builtins whose result is a float. */
const FLOAT_BUILTINS = new Set(['float']);
/** Methods of str/unicode/list/tuple that return an int; the names are specific enough to trust. */
const INT_METHODS = new Set(['count', 'find', 'rfind']);
/** Builtins producing the int loop variables of `for i in range(...)`. */
const INT_RANGES = new Set(['range', 'xrange']);

const MAX_DEPTH = 6;

export function numericKind(node: Node, file: SourceFile, depth = 0): NumericKind {
  if (depth > MAX_DEPTH) return 'unknown';
  switch (node.type) {
    case 'integer':
      // `10j` is a complex literal.
      return /[jJ]$/.test(node.text) ? 'unknown' : 'int';
    case 'float':
      return /[jJ]$/.test(node.text) ? 'unknown' : 'float';
    case 'true':
    case 'false':
      return 'int';
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 ? numericKind(node.namedChildren[0], file, depth + 1) : 'unknown';
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      return operand ? numericKind(operand, file, depth + 1) : 'unknown';
    }
    case 'binary_operator':
      return binaryKind(node, file, depth);
    case 'call':
      return callKind(node, file);
    case 'identifier':
      return nameKind(node, file, depth);
    default:
      return 'unknown';
  }
}

function binaryKind(node: Node, file: SourceFile, depth: number): NumericKind {
  const op = node.childForFieldName('operator')?.type;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!op || !left || !right) return 'unknown';
  const l = numericKind(left, file, depth + 1);
  const r = numericKind(right, file, depth + 1);
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '//':
    case '%':
      if (l === 'int' && r === 'int') return 'int';
      // int op float and float op float are floats; `'%s' % x` has a string on the left, never 'float'.
      if ((l === 'float' && r !== 'unknown') || (r === 'float' && l !== 'unknown')) return 'float';
      return 'unknown';
    case '/':
      if (l === 'float' && r !== 'unknown') return 'float';
      if (r === 'float' && l !== 'unknown') return 'float';
      // Python 2 semantics: int / int floors to an int (classic-division rewrites it to `//`, which keeps it one).
      return l === 'int' && r === 'int' ? 'int' : 'unknown';
    case '**':
      // `2 ** -1` is 0.5: only a non-negative literal exponent keeps an int an int.
      if (l === 'int' && right.type === 'integer' && r === 'int') return 'int';
      return 'unknown';
    case '<<':
    case '>>':
    case '&':
    case '|':
    case '^':
      return l === 'int' && r === 'int' ? 'int' : 'unknown';
    default:
      return 'unknown';
  }
}

function callKind(call: Node, file: SourceFile): NumericKind {
  const fn = call.childForFieldName('function');
  if (!fn) return 'unknown';
  if (fn.type === 'identifier') {
    if (INT_BUILTINS.has(fn.text) && !isLocallyBound(file, fn.text)) return 'int';
    if (FLOAT_BUILTINS.has(fn.text) && !isLocallyBound(file, fn.text)) return 'float';
    return 'unknown';
  }
  if (fn.type === 'attribute') {
    const name = fn.childForFieldName('attribute')?.text ?? '';
    // `text.count('x')`, `s.find(sub)`: only on a literal or a name; `self.count()` may be anything user-defined.
    const object = fn.childForFieldName('object');
    if (INT_METHODS.has(name) && object && (object.type === 'string' || object.type === 'list' || object.type === 'tuple')) return 'int';
  }
  return 'unknown';
}

const SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'module']);

function scopeOf(node: Node): Node {
  for (let p = node.parent; p; p = p.parent) if (SCOPES.has(p.type)) return p;
  return node.tree.rootNode;
}

/**
 * The ancestors of `node`, nearest first, up to its scope, and that scope (the root when none):
 * one walk up (each step ~1.5 µs) answers the scope, the parent and isBindingOccurrence.
 */
function ancestorsToScope(node: Node, file: SourceFile, wellFormed: boolean): { ancestors: Node[]; scope: Node } {
  const ancestors: Node[] = [];
  for (let p = node.parent; p; p = p.parent) {
    ancestors.push(p);
    const type = p.type;
    if (SCOPES.has(type)) return { ancestors, scope: p };
    // The module's own statement: its parent is the module.
    if (isTopLevelStatement(p, type, file.text, wellFormed)) return { ancestors, scope: file.root };
  }
  return { ancestors, scope: node.tree.rootNode };
}

/**
 * A local name is an int when every binding of it in its scope binds an int: `i = 0`,
 * `n = len(x)`, `i += 1`, `for i in range(n)`, `for i, x in enumerate(xs)`. Parameters, globals,
 * tuple unpacking and anything else make it 'unknown'.
 */
function nameKind(name: Node, file: SourceFile, depth: number): NumericKind {
  const scope = scopeOf(name);
  if (scope.type === 'lambda') return 'unknown';
  const cache = cacheFor(file);
  const key = `${scope.startIndex}:${name.text}`;
  const known = cache.get(key);
  if (known) return known;
  // `i = 0 ... i += 1` refers to itself: assume int while deciding, which holds because every
  // operation accepted as int-preserving keeps ints ints. Results reached under an assumption
  // are not cached.
  if (pending.has(key)) return 'int';
  pending.add(key);
  let kind: NumericKind = 'unknown';
  try {
    kind = bindingsKind(name, scope, file, depth);
  } finally {
    pending.delete(key);
  }
  if (pending.size === 0) cache.set(key, kind);
  return kind;
}

const caches = new WeakMap<SourceFile, Map<string, NumericKind>>();
const pending = new Set<string>();

function cacheFor(file: SourceFile): Map<string, NumericKind> {
  let cache = caches.get(file);
  if (!cache) caches.set(file, (cache = new Map()));
  return cache;
}

function bindingsKind(name: Node, scope: Node, file: SourceFile, depth: number): NumericKind {
  const word = name.text;
  const text = file.text;
  const start = scope.startIndex;
  const end = scope.endIndex;
  let kind: NumericKind = 'unknown';
  const wellFormed = !file.root.hasError;
  // The matches of `(?<![\w.])word(?!\w)` in the scope's text, by an indexOf walk (a regex with a
  // leading lookbehind is tried at every position): the text around the scope is not looked at,
  // and the search resumes after each match, as a global regex does.
  for (let at = text.indexOf(word, start); at >= 0 && at + word.length <= end; ) {
    const before = at > start ? text.charCodeAt(at - 1) : NaN;
    const after = at + word.length < end ? text.charCodeAt(at + word.length) : NaN;
    if (isWordChar(before) || before === DOT || isWordChar(after)) {
      at = text.indexOf(word, at + 1);
      continue;
    }
    const occurrence = file.root.descendantForIndex(at, at + word.length);
    at = text.indexOf(word, at + word.length);
    if (!occurrence || occurrence.type !== 'identifier' || occurrence.text !== word) continue;
    const { ancestors, scope: own } = ancestorsToScope(occurrence, file, wellFormed);
    const parentType = ancestors[0]?.type;
    if (own.id !== scope.id) {
      // A binding in a nested function is another variable, unless it is declared `global`/`nonlocal` there.
      if (parentType === 'global_statement' || parentType === 'nonlocal_statement') return 'unknown';
      continue;
    }
    if (parentType === 'global_statement') return 'unknown';
    if (!isBindingOccurrenceAmong(occurrence, ancestors)) continue;
    if (bindingKind(occurrence, file, depth, ancestors[0]) !== 'int') return 'unknown';
    kind = 'int';
  }
  return kind;
}

const DOT = 46;

/** `parent`: the target's parent, when the caller has it. */
function bindingKind(target: Node, file: SourceFile, depth: number, parent: Node | null = target.parent): NumericKind {
  if (!parent) return 'unknown';
  switch (parent.type) {
    case 'assignment': {
      const right = parent.childForFieldName('right');
      // `a = b = 0` nests assignments on the right.
      if (parent.childForFieldName('type') || !right) return 'unknown';
      if (right.type === 'assignment') return bindingKind(right.childForFieldName('left')!, file, depth);
      return parent.childForFieldName('left')?.id === target.id ? numericKind(right, file, depth + 1) : 'unknown';
    }
    case 'augmented_assignment': {
      const op = parent.childForFieldName('operator')?.type;
      const right = parent.childForFieldName('right');
      if (!right || !op || !['+=', '-=', '*=', '/=', '//=', '%=', '<<=', '>>=', '&=', '|=', '^='].includes(op)) return 'unknown';
      return numericKind(right, file, depth + 1) === 'int' ? 'int' : 'unknown';
    }
    case 'for_statement':
    case 'for_in_clause':
      return parent.childForFieldName('left')?.id === target.id && isRangeCall(parent.childForFieldName('right'), file) ? 'int' : 'unknown';
    case 'pattern_list': {
      // `for i, x in enumerate(xs)`: the first target is an int.
      const loop = parent.parent;
      if (!loop || (loop.type !== 'for_statement' && loop.type !== 'for_in_clause')) return 'unknown';
      if (loop.childForFieldName('left')?.id !== parent.id || parent.namedChildren[0]?.id !== target.id) return 'unknown';
      const right = loop.childForFieldName('right');
      const fn = right?.type === 'call' ? right.childForFieldName('function') : undefined;
      return fn?.type === 'identifier' && fn.text === 'enumerate' && !isLocallyBound(file, 'enumerate') ? 'int' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

function isRangeCall(node: Node | null, file: SourceFile): boolean {
  if (node?.type !== 'call') return false;
  const fn = node.childForFieldName('function');
  return fn?.type === 'identifier' && INT_RANGES.has(fn.text) && !isLocallyBound(file, fn.text);
}
