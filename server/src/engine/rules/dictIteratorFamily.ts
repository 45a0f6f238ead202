// Shared by the dict and iterator rules (catalog category D).
//
// The family's candidates are found by scanning the text, and the tree is asked only at each hit:
// a tree-sitter query would have to hand every method call, every call of a plain name and every
// attribute in the file to JS for a `#any-of?` test (about 2 s over the 2.7 stdlib, against
// ~0.1 s for the scan). The scan runs once per parse and is shared by all the rules of the family.
// Hits inside strings and comments find no identifier there and are dropped.

import type { Node } from 'web-tree-sitter';
import { isBuiltinAt } from '../iteratingContext';
import { parentOf } from '../nodeParent';
import { isWordChar } from '../textScan';
import type { SourceFile } from '../sourceFile';
import type { Fix, RuleContext } from '../types';

export interface Candidate {
  /**
   * method: `x.keys()` and friends (called); builtin: `map(...)` and friends; xreadlines: `x.xreadlines`;
   * definedNext: `def next`; nextReference: `x.next` not called (`f = it.next`).
   */
  name: 'method' | 'builtin' | 'xreadlines' | 'definedNext' | 'nextReference';
  node: Node;
  /** The node's text (`keys`, `map`, `next`), read from the scan: each `node.text` is a call into the tree. */
  word: string;
  /**
   * The nodes around it the scan has already found (each `parent` costs a descent from the root): the attribute
   * of a method or reference, the call of a builtin, the function of `def next`; and the call of a method.
   */
  parent: Node;
  call?: Node;
}

/**
 * The three kinds of hit, found without a regex (one alternation led by a lookbehind cost ~40 ms over the
 * stdlib; three literal scans with `indexOf` cost about half): 1: `.keys` and the other methods (`.`, blanks,
 * the name, no word character after), 2: `map(` and the other builtins (no word character or `.` before the
 * name, blanks, `(`), 3: `def next`. The hits of one kind cannot overlap those of another (their spans hold a
 * `.`, a `(`, a `def`), so the scans find what the one regex `\.[ \t]*(keys|...)\b|(?<![\w.])(map|...)[ \t]*\(|
 * \bdef[ \t]+(next)\b` found.
 */
const METHODS = ['keys', 'items', 'values', 'iterkeys', 'iteritems', 'itervalues', 'viewkeys', 'viewitems', 'viewvalues', 'has_key', 'next', 'xreadlines'];
/** The methods by the code of their first letter: most dots are followed by none of them. */
const METHODS_BY_INITIAL: (string[] | undefined)[] = [];
for (const method of METHODS) (METHODS_BY_INITIAL[method.charCodeAt(0)] ??= []).push(method);

const candidatesByFile = new WeakMap<SourceFile, Candidate[]>();

function sameNode(a: Node | null | undefined, b: Node): boolean {
  if (!a) return false;
  // `id` and `startIndex` are plain fields of a Node; `endIndex` and `type` are calls into the tree.
  if (a.id === b.id && a.startIndex === b.startIndex) return true;
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

function identifierAt(file: SourceFile, start: number, end: number): Node | undefined {
  const node = file.root.descendantForIndex(start, end);
  return node && node.type === 'identifier' && node.startIndex === start && node.endIndex === end ? node : undefined;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Whether the character after a method name (past its blanks) shows that the attribute is not called. A called
 * attribute is followed by its `(`, or first by an extra tree-sitter allows between the two (a newline inside
 * brackets, a comment, a line continuation, a form feed); the characters listed are neither, so `.keys` there
 * is no call and the tree need not be asked. Only common ones are listed: any other asks the tree.
 */
function cannotBeCalled(code: number): boolean {
  // ) , ] } : = . [ and the end of the text.
  return code === 0x29 || code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a || code === 0x3d || code === 0x2e || code === 0x5b || Number.isNaN(code);
}

/** Every candidate of the family in the file, in text order; computed once per parse. */
export function familyCandidates(file: SourceFile): readonly Candidate[] {
  let found = candidatesByFile.get(file);
  if (found) return found;
  found = [];
  const text = file.text;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let start = dot + 1;
    while (isBlank(text.charCodeAt(start))) start++;
    const methods = METHODS_BY_INITIAL[text.charCodeAt(start)];
    if (!methods) continue;
    let method: string | undefined;
    for (const m of methods) if (text.startsWith(m, start) && !isWordChar(text.charCodeAt(start + m.length))) method = m;
    if (method) methodCandidate(file, dot, start, method, found);
  }
  for (let paren = text.indexOf('('); paren >= 0; paren = text.indexOf('(', paren + 1)) {
    let end = paren;
    while (isBlank(text.charCodeAt(end - 1))) end--;
    // Told apart by their last letter (most `(` follow none of them), then read whole.
    const last = text.charCodeAt(end - 1);
    let builtin: string;
    if (last === 0x70) builtin = text.charCodeAt(end - 3) === 0x6d ? 'map' : 'zip';
    else if (last === 0x72) builtin = 'filter';
    else if (last === 0x65) builtin = 'range';
    else continue;
    if (end < builtin.length || !text.startsWith(builtin, end - builtin.length)) continue;
    const start = end - builtin.length;
    const before = text.charCodeAt(start - 1);
    if (isWordChar(before) || before === 0x2e) continue;
    // The smallest node around the name and the `(` is the call, when the name is its function: one descent
    // from the root where the identifier and then its `parent` were two.
    const call = file.root.descendantForIndex(start, paren + 1);
    if (!call || call.type !== 'call' || call.startIndex !== start) continue;
    const node = call.childForFieldName('function');
    if (node && node.type === 'identifier' && node.startIndex === start && node.endIndex === end) found.push({ name: 'builtin', node, word: builtin, parent: call });
  }
  // `indexOf` looks for the needle's first character first: `xt` (rare) is found ~3x faster than `next` (`n` is everywhere).
  for (let xt = text.indexOf('xt', 2); xt >= 0; xt = text.indexOf('xt', xt + 2)) {
    const at = xt - 2;
    const end = xt + 2;
    if (text.charCodeAt(at) !== 0x6e || text.charCodeAt(at + 1) !== 0x65 || isWordChar(text.charCodeAt(end)) || !isBlank(text.charCodeAt(at - 1))) continue;
    let before = at - 1;
    while (isBlank(text.charCodeAt(before))) before--;
    if (before < 2 || !text.startsWith('def', before - 2) || isWordChar(text.charCodeAt(before - 3))) continue;
    const node = identifierAt(file, at, end);
    const definition = node?.parent;
    if (node && definition?.type === 'function_definition' && sameNode(definition.childForFieldName('name'), node)) {
      found.push({ name: 'definedNext', node, word: 'next', parent: definition });
    }
  }
  found.sort((a, b) => a.node.startIndex - b.node.startIndex);
  candidatesByFile.set(file, found);
  return found;
}

/**
 * A `.method` hit (the `.` at `dot`, the name from `start`). The smallest node around the `.` and the name is
 * the attribute when the name is its attribute; around the `.` and a `(` after the name, the call when the
 * attribute is its function: the tree is asked from the root down, not with `parent` (each a descent too).
 */
function methodCandidate(file: SourceFile, dot: number, start: number, method: string, found: Candidate[]): void {
  const text = file.text;
  const end = start + method.length;
  let after = end;
  while (isBlank(text.charCodeAt(after))) after++;
  const next = text.charCodeAt(after);
  // Only `next` and `xreadlines` are candidates when not called.
  if (method !== 'next' && method !== 'xreadlines' && cannotBeCalled(next)) return;
  if (next === 0x28 && method !== 'xreadlines') {
    const call = file.root.descendantForIndex(dot, after + 1);
    const attribute = call?.type === 'call' ? call.childForFieldName('function') : null;
    const node = attribute?.type === 'attribute' && attribute.endIndex === end ? attribute.childForFieldName('attribute') : null;
    if (call && attribute && node && node.type === 'identifier' && node.startIndex === start && node.endIndex === end) {
      found.push({ name: 'method', node, word: method, parent: attribute, call });
      return;
    }
  }
  const attribute = file.root.descendantForIndex(dot, end);
  if (!attribute || attribute.type !== 'attribute') return;
  const node = attribute.childForFieldName('attribute');
  if (!node || node.type !== 'identifier' || node.startIndex !== start || node.endIndex !== end) return;
  if (method === 'xreadlines') {
    found.push({ name: 'xreadlines', node, word: method, parent: attribute });
    return;
  }
  const call = attribute.parent;
  if (call?.type === 'call' && sameNode(call.childForFieldName('function'), attribute)) found.push({ name: 'method', node, word: method, parent: attribute, call });
  else if (method === 'next') found.push({ name: 'nextReference', node, word: method, parent: attribute });
}

/** A rule's `checkFile`: runs `check` over the family's candidates. */
export function overCandidates(check: (candidates: readonly Candidate[], ctx: RuleContext) => void): (ctx: RuleContext) => void {
  return (ctx) => check(familyCandidates(ctx.file), ctx);
}

/** The captures of one capture name (`method`, `builtin`, `xreadlines`, `definedNext`, `nextReference`). */
export function capturesNamed(captures: readonly Candidate[], name: Candidate['name']): Node[] {
  return captures.filter((c) => c.name === name).map((c) => c.node);
}

/**
 * For a `@method` capture: the call `receiver.method(...)`, its receiver and its arguments. A caller that has
 * the attribute and call (a Candidate's `parent` and `call`) passes them in.
 */
export function methodCall(method: Node, attribute: Node | null = method.parent, call: Node | null | undefined = attribute?.parent): { call: Node; receiver: Node; args: Node[] } | undefined {
  const receiver = attribute?.childForFieldName('object');
  const argumentList = call?.childForFieldName('arguments');
  if (!attribute || !call || call.type !== 'call' || !receiver || !argumentList || argumentList.type !== 'argument_list') return undefined;
  return { call, receiver, args: argumentList.namedChildren.filter((c) => c.type !== 'comment') };
}

/** For a `@builtin` capture: the call and its arguments (`call`, when the caller has it: a Candidate's `parent`). */
export function builtinCall(name: Node, call: Node | null = name.parent): { call: Node; args: Node[] } | undefined {
  const argumentList = call?.childForFieldName('arguments');
  if (!call || call.type !== 'call' || !argumentList || argumentList.type !== 'argument_list') return undefined;
  return { call, args: argumentList.namedChildren.filter((c) => c.type !== 'comment') };
}

/**
 * The outermost parentheses around `node` (or `node` itself) and the node holding them. Each `parent` is a
 * descent from the root, so each is asked once here.
 */
export function unparenthesized(node: Node): { value: Node; parent: Node | null } {
  let value = node;
  // The rules' call nodes: the classifier has usually asked for this parent already.
  let parent = parentOf(node);
  while (parent?.type === 'parenthesized_expression') {
    value = parent;
    parent = parent.parent;
  }
  return { value, parent };
}

/**
 * `list(<expression>)`: in Python 2 `list()` of a list is an equal copy, so the wrapper is safe on both.
 * None where `list` is not the builtin at that point (`list = os.listdir(p)` in the same function).
 */
export function wrapInList(node: Node, file: SourceFile, safety: Fix['safety'] = 'safe'): Fix | undefined {
  if (!isBuiltinAt(node, 'list', file)) return undefined;
  return { title: 'Wrap in `list()`', safety, edits: [{ start: node.startIndex, end: node.endIndex, newText: `list(${node.text})` }] };
}
