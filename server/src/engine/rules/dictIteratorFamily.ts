// Shared by the dict and iterator rules (catalog category D).
//
// The family's candidates are found by scanning the text, and the tree is asked only at each hit:
// a tree-sitter query would have to hand every method call, every call of a plain name and every
// attribute in the file to JS for a `#any-of?` test (about 2 s over the 2.7 stdlib, against
// ~0.1 s for the scan). The scan runs once per parse and is shared by all the rules of the family.
// Hits inside strings and comments find no identifier there and are dropped.

import type { Node } from 'web-tree-sitter';
import { isBuiltinAt } from '../iteratingContext';
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
 * One pass for the three kinds of hit (a whole-text regex costs ~0.7 ns a character even for a literal):
 * 1: `.keys` and the other methods, 2: `map(` and the other builtins, 3: `def next`. The branches
 * start with different characters and their matches cannot overlap, so one pass finds what three would.
 */
const FAMILY_HIT =
  /\.[ \t]*(keys|items|values|iterkeys|iteritems|itervalues|viewkeys|viewitems|viewvalues|has_key|next|xreadlines)\b|(?<![\w.])(map|filter|zip|range)[ \t]*\(|\bdef[ \t]+(next)\b/g;

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

/** Every candidate of the family in the file, in text order; computed once per parse. */
export function familyCandidates(file: SourceFile): readonly Candidate[] {
  let found = candidatesByFile.get(file);
  if (found) return found;
  found = [];
  for (const match of file.text.matchAll(FAMILY_HIT)) {
    const [hit, method, builtin] = match;
    if (method !== undefined) {
      const end = match.index + hit.length;
      const node = identifierAt(file, end - method.length, end);
      const attribute = node?.parent;
      if (!node || attribute?.type !== 'attribute' || !sameNode(attribute.childForFieldName('attribute'), node)) continue;
      if (method === 'xreadlines') {
        found.push({ name: 'xreadlines', node, word: method, parent: attribute });
        continue;
      }
      const call = attribute.parent;
      if (call?.type === 'call' && sameNode(call.childForFieldName('function'), attribute)) found.push({ name: 'method', node, word: method, parent: attribute, call });
      else if (method === 'next') found.push({ name: 'nextReference', node, word: method, parent: attribute });
    } else if (builtin !== undefined) {
      const node = identifierAt(file, match.index, match.index + builtin.length);
      const call = node?.parent;
      if (node && call?.type === 'call' && sameNode(call.childForFieldName('function'), node)) found.push({ name: 'builtin', node, word: builtin, parent: call });
    } else {
      const end = match.index + hit.length;
      const node = identifierAt(file, end - 4, end);
      const definition = node?.parent;
      if (node && definition?.type === 'function_definition' && sameNode(definition.childForFieldName('name'), node)) {
        found.push({ name: 'definedNext', node, word: 'next', parent: definition });
      }
    }
  }
  found.sort((a, b) => a.node.startIndex - b.node.startIndex);
  candidatesByFile.set(file, found);
  return found;
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
  let parent = node.parent;
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
