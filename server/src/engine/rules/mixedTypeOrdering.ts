import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Rule } from '../types';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';

// Python 2 orders values of any types: None sorts before everything (`None < 0` is True,
// `max(None, x)` is x). Python 3 raises TypeError for `<`, `<=`, `>`, `>=` between unrelated
// types. Element types of a sorted list are not knowable here, so only what is provable from
// the text is flagged: a literal `None` operand of an ordering comparison, and a literal `None`
// argument of min()/max().
const ORDERING = new Set(['<', '<=', '>', '>=']);

export const mixedTypeOrdering: Rule = {
  id: 'mixed-type-ordering',
  category: 'other',
  severity: 'warning',
  summary: 'Ordering comparison with `None` raises TypeError on Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `<`, `<=`, `>`, `>=` with a literal `None` operand, and `min()`/`max()` called with a literal `None` argument.',
    whyItBreaks:
      'Python 2 orders any two objects, and None is smaller than everything: `None < 0` is True and `max(None, 3)` is 3. ' +
      'Python 3 raises `TypeError: \'<\' not supported between instances of \'NoneType\' and \'int\'`.',
    example: 'if timeout > None:\n    wait(timeout)\nbest = max(None, score)',
    useInstead: 'if timeout is not None:\n    wait(timeout)\nbest = score',
    fixSafety: 'No automatic fix: replace the comparison by an explicit `is None` / `is not None` test that says what None should mean.',
  },
  checkFile(ctx) {
    const file = ctx.file;
    for (const match of file.text.matchAll(/(?<![<>=!-])[<>]=?[ \t]*None\b|\bNone[ \t]*[<>]=?(?![<>])/g)) {
      const at = match.index + match[0].indexOf('None');
      const none = file.root.descendantForIndex(at, at + 4);
      if (none?.type !== 'none' || none.parent?.type !== 'comparison_operator') continue;
      const before = none.previousSibling;
      const after = none.nextSibling;
      const operator = [before, after].find((n): n is Node => !!n && ORDERING.has(n.type));
      if (!operator || isInCompatCode(none)) continue;
      ctx.report({
        node: none.parent,
        message: `\`${operator.type}\` with \`None\`: Python 2 orders None before everything, Python 3 raises TypeError; test \`is None\` / \`is not None\` instead`,
      });
    }
  },
  identifiers: ['min', 'max'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !isBuiltinReference(node, ctx.file)) return;
    const args = plainArguments(call);
    if (!args || args.length < 2 || !args.some((a) => a.type === 'none')) return;
    ctx.report({
      node: call,
      message: `\`${node.text}()\` with a \`None\` argument: Python 2 orders None before everything, Python 3 raises TypeError`,
    });
  },
};
