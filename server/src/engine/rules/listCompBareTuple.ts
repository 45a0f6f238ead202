import type { Fix, Rule } from '../types';
import { listComprehensionClause, mayStartComprehensionClause } from './listComprehensionClause';

export const listCompBareTuple: Rule = {
  id: 'list-comp-bare-tuple',
  category: 'syntax',
  severity: 'error',
  summary: 'List comprehension over an unparenthesised tuple is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags list comprehensions that iterate over a bare tuple: `[x for x in 1, 2]`.',
    whyItBreaks: 'Python 2 allowed a comma-separated list after `in` in a list comprehension; Python 3 requires parentheses, so the bare form is a SyntaxError. (Generator expressions and set or dict comprehensions never allowed it, in Python 2 either.)',
    example: 'squares = [n * n for n in 1, 2, 3]',
    useInstead: 'squares = [n * n for n in (1, 2, 3)]',
    fixSafety: 'Safe: the parentheses make the same tuple, which is what Python 2 iterated.',
  },
  // A `,` directly under for_in_clause separates iterables (commas of `for a, b in` sit inside a pattern_list).
  keywords: ['for'],
  keywordMayConcern: mayStartComprehensionClause,
  onKeyword(keyword, ctx) {
    const found = listComprehensionClause(keyword, ctx.file);
    // `[x for x in 1, 2]`: the bare tuple's comma is a token of the for clause itself.
    const clause = found && found.clause.children.some((c) => c?.type === ',') ? found.clause : undefined;
    const first = clause?.childrenForFieldName('right')[0];
    if (!clause || !first) return;
    const start = first.startIndex;
    const end = clause.endIndex;
    const iterable = ctx.file.text.slice(start, end);
    const fix: Fix = {
      title: 'Parenthesise the tuple',
      safety: 'safe',
      edits: [{ start, end: start, newText: '(' }, { start: end, end, newText: ')' }],
    };
    ctx.report({ start, end, message: `Iterating over the bare tuple \`${iterable}\` in a list comprehension is Python 2-only; write \`(${iterable})\``, fixes: { py3: fix, compat: fix } });
  },
};
