// Shared by the dict and iterator rules (catalog category D).
//
// Every rule of the family carries the same query text, so the RuleSet compiles it once and hands
// each match to all of them; a rule keeps only the captures it owns. The `#any-of?` predicates run
// in JS once per candidate instead of once per candidate per rule.

import type { Node } from 'web-tree-sitter';
import type { Fix } from '../types';

export const DICT_ITERATOR_QUERY = `
(call function: (attribute attribute: (identifier) @method (#any-of? @method "keys" "items" "values" "iterkeys" "iteritems" "itervalues" "viewkeys" "viewitems" "viewvalues" "has_key" "next")))
(call function: (identifier) @builtin (#any-of? @builtin "map" "filter" "zip" "range"))
(attribute attribute: (identifier) @xreadlines (#eq? @xreadlines "xreadlines"))
(function_definition name: (identifier) @definedNext (#eq? @definedNext "next"))
`;

/** The captures of one capture name (`method`, `builtin`, `xreadlines`, `definedNext`). */
export function capturesNamed(captures: readonly { name: string; node: Node }[], name: string): Node[] {
  return captures.filter((c) => c.name === name).map((c) => c.node);
}

/** For a `@method` capture: the call `receiver.method(...)`, its receiver and its arguments. */
export function methodCall(method: Node): { call: Node; receiver: Node; args: Node[] } | undefined {
  const attribute = method.parent;
  const call = attribute?.parent;
  const receiver = attribute?.childForFieldName('object');
  const argumentList = call?.childForFieldName('arguments');
  if (!attribute || !call || call.type !== 'call' || !receiver || !argumentList || argumentList.type !== 'argument_list') return undefined;
  return { call, receiver, args: argumentList.namedChildren.filter((c) => c.type !== 'comment') };
}

/** For a `@builtin` capture: the call and its arguments. */
export function builtinCall(name: Node): { call: Node; args: Node[] } | undefined {
  const call = name.parent;
  const argumentList = call?.childForFieldName('arguments');
  if (!call || call.type !== 'call' || !argumentList || argumentList.type !== 'argument_list') return undefined;
  return { call, args: argumentList.namedChildren.filter((c) => c.type !== 'comment') };
}

/** `list(<expression>)`: in Python 2 `list()` of a list is an equal copy, so the wrapper is safe on both. */
export function wrapInList(node: Node, title: string, safety: Fix['safety'] = 'safe'): Fix {
  return { title, safety, edits: [{ start: node.startIndex, end: node.endIndex, newText: `list(${node.text})` }] };
}
