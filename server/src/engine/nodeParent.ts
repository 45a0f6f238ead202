// `node.parent`, remembered per Node object. tree-sitter keeps no parent pointers: each `parent`
// walks down from the root (~1.5 µs). The engine hands one identifier node to every rule that
// asked for its word, and several of them (the builtin rules, the module rules) ask for its parent:
// this answers them all with one walk. Keyed by the Node object, so a node looked up again (a new
// object) is not found here; the entries go with the objects.

import type { Node } from 'web-tree-sitter';

const parents = new WeakMap<Node, Node | null>();

export function parentOf(node: Node): Node | null {
  let parent = parents.get(node);
  if (parent === undefined) parents.set(node, (parent = node.parent));
  return parent;
}
