import type { Node } from 'web-tree-sitter';
import type { Fix, Rule } from '../types';
import { asAtom, callOf, isBuiltinReference, isSideEffectFree, plainArguments } from './builtinReference';

/** Parents in which an expression needs no parentheses of its own. */
const LOOSE_PARENTS = new Set(['argument_list', 'keyword_argument', 'assignment', 'augmented_assignment', 'return_statement', 'parenthesized_expression', 'expression_statement']);

function comparison(call: Node): Fix | undefined {
  const args = plainArguments(call);
  if (!args || args.length !== 2 || call.childForFieldName('arguments')!.namedChildren.length !== 2) return undefined;
  // The rewrite evaluates each operand twice.
  if (!args.every(isSideEffectFree)) return undefined;
  const [a, b] = args.map(asAtom);
  let text = `(${a} > ${b}) - (${a} < ${b})`;
  if (!LOOSE_PARENTS.has(call.parent?.type ?? '')) text = `(${text})`;
  return { title: 'Replace `cmp(a, b)` with `(a > b) - (a < b)`', safety: 'unsafe', edits: [{ start: call.startIndex, end: call.endIndex, newText: text }] };
}

export const cmpBuiltin: Rule = {
  id: 'cmp-builtin',
  category: 'builtins',
  severity: 'error',
  summary: '`cmp` is a Python 2-only builtin',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags uses of the builtin `cmp`. Calls `cmp(a, b)` whose operands are plain names, attributes or literals are rewritten to `(a > b) - (a < b)`.',
    whyItBreaks: 'Python 3 removed `cmp` (and `__cmp__`): using it raises NameError. A comparison function passed to `sort` needs `functools.cmp_to_key` (see `cmp-argument`).',
    example: 'order = cmp(left, right)',
    useInstead: 'order = (left > right) - (left < right)',
    fixSafety: 'Unsafe: the same for numbers and strings, but Python 2 `cmp` fell back to `__cmp__` and ordered values of unrelated types, and returns -1 or 1 for NaN where the rewrite returns 0. Works on Python 2 as well, so compat code uses the same expression.',
  },
  identifiers: ['cmp'],
  onIdentifier(node, ctx) {
    if (node.text !== 'cmp' || !isBuiltinReference(node, ctx.file)) return;
    const call = callOf(node);
    const fix = call && comparison(call);
    ctx.report({ node, message: '`cmp` does not exist in Python 3', fixes: fix ? { py3: fix, compat: fix } : {} });
  },
};
