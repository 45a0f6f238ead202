// The answer to one question about the node asked about last.
//
// The engine hands a keyword or identifier node to every rule that asked for its word, one rule
// after the other. Where two or more of those rules start with the same question (which `raise`
// statement is this, which modules does this `import` name), the second asks about the node the
// first just asked about: keeping the last answer serves it. A WeakMap entry per node cost more
// than working the answer out again; asked about another node in between, it is worked out again.

import type { Node } from 'web-tree-sitter';

export class LastAnswer<Value, Input = undefined> {
  private node: Node | undefined;
  private value!: Value;

  /** `answer(node, input)`, unless `node` is the node asked about last. `input` must follow from the node. */
  get(node: Node, input: Input, answer: (node: Node, input: Input) => Value): Value {
    if (node !== this.node) {
      this.value = answer(node, input);
      this.node = node;
    }
    return this.value;
  }
}
