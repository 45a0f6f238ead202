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

/** A `None` operand of `<`, `<=`, `>`, `>=`, told from the text. */
const NONE_ORDERING = /(?<![<>=!-])[<>]=?[ \t]*None\b|\bNone[ \t]*[<>]=?(?![<>])/y;

/**
 * The matches of a global scan with NONE_ORDERING, in order. Every match holds `None`, preceded
 * within the match only by `<`/`>`, `=` and blanks, so the regex is tried only at the few positions
 * before each `None`: scanning the whole text with its leading lookbehind cost ~35 ms over the
 * stdlib, for a handful of hits.
 */
function* noneOrderings(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let none = text.indexOf('None'); none >= 0; none = text.indexOf('None', Math.max(from, none + 1))) {
    let start = none;
    while (start > from && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (start > from && text[start - 1] === '=') start--;
    if (start > from && (text[start - 1] === '<' || text[start - 1] === '>')) start--;
    // The leftmost match from `start` on, as the global scan would find it (none starts between `from` and `start`).
    for (let at = start; at <= none; at++) {
      NONE_ORDERING.lastIndex = at;
      const match = NONE_ORDERING.exec(text);
      if (match) {
        yield match;
        from = at + match[0].length;
        break;
      }
    }
  }
}

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
    for (const match of noneOrderings(file.text)) {
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
    // Most min()/max() calls have no `None` argument: told from the call's text first.
    if (!call || !call.text.includes('None') || !isBuiltinReference(node, ctx.file)) return;
    const args = plainArguments(call);
    if (!args || args.length < 2 || !args.some((a) => a.type === 'none')) return;
    ctx.report({
      node: call,
      message: `\`${node.text}()\` with a \`None\` argument: Python 2 orders None before everything, Python 3 raises TypeError`,
    });
  },
};
