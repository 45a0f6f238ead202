import type { Node } from 'web-tree-sitter';
import type { Rule } from '../types';
import { callOf, isBuiltinReference } from './builtinReference';

/** `eval(input(...))`: already the faithful translation (also what this rule's fix produces). */
function isEvaluated(call: Node): boolean {
  const list = call.parent;
  const outer = list?.parent;
  return list?.type === 'argument_list' && list.namedChildren.length === 1 && outer?.type === 'call' && outer.childForFieldName('function')?.text === 'eval';
}

export const inputBuiltin: Rule = {
  id: 'input-builtin',
  category: 'builtins',
  severity: 'warning',
  quietInPython3: true,
  summary: 'Python 2 `input()` evaluates what the user types; Python 3 `input()` returns it as a string',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags calls of the builtin `input`, which in Python 2 evaluates the reply as a Python expression (`eval(raw_input(prompt))`).',
    whyItBreaks: 'Python 3 `input()` is Python 2 `raw_input()`: it returns the text typed. Code that expected a number now gets a string.',
    example: 'count = input("How many? ")',
    useInstead: 'Usually intended: `count = int(input("How many? "))` (compat: with `from six.moves import input`).\nFaithful translation: `count = eval(input("How many? "))`, which keeps the eval() hole.',
    fixSafety: 'No automatic fix. The faithful `eval(input(...))` keeps Python 2 behaviour and its hole (the user can run any expression); nearly always plain `input()` with an explicit conversion was meant, which only a person can tell. A bulk fix would also re-wrap the `input()` calls that the `raw_input-builtin` fix produces, which Python 3 code cannot be told apart from.',
  },
  identifiers: ['input'],
  onIdentifier(node, ctx) {
    if (node.text !== 'input') return;
    // Only calls: a reference to `input` behaves like the call it later becomes, which is flagged where it is called.
    // (Asked first: most `input`s are parameters and variables.)
    const call = callOf(node);
    if (!call || isEvaluated(call) || !isBuiltinReference(node, ctx.file)) return;
    ctx.report({ node: call, message: '`input()` evaluates the reply in Python 2 but returns a string in Python 3' });
  },
};
