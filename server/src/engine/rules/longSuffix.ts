import type { Rule } from '../types';
import { longLiterals } from './literalHits';

export const longSuffix: Rule = {
  id: 'long-suffix',
  category: 'syntax',
  severity: 'error',
  summary: 'Integer literal with an `L` suffix is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags integer literals ending in `l` or `L` (`10L`, `0xFFl`).',
    whyItBreaks: 'Python 3 has one integer type and no long suffix: `10L` is a SyntaxError. Python 2 promotes `int` to `long` by itself when a value grows, so the suffix is rarely needed there either.',
    example: 'big = 10L\nmask = 0xFFFFFFFFL',
    useInstead: 'big = 10\nmask = 0xFFFFFFFF',
    fixSafety: 'Safe for arithmetic, printing with `print` and `str()`. It changes behaviour only where code inspects the type (`type(x) is long`) or `repr()` of a small value, which the `long-builtin` rule flags separately.',
  },
  checkFile(ctx) {
    for (const node of longLiterals(ctx.file)) {
      const digits = node.text.slice(0, -1);
      // `0777L` is an old octal too: leave the prefix to old-octal-literal, which runs in the next round.
      // `7L.bit_length()` is an attribute of an int; `7.bit_length()` would read as a float, so parenthesise.
      const attributeFollows = ctx.file.text.charAt(node.endIndex) === '.';
      const edits = attributeFollows
        ? [{ start: node.startIndex, end: node.startIndex, newText: '(' }, { start: node.endIndex - 1, end: node.endIndex, newText: ')' }]
        : [{ start: node.endIndex - 1, end: node.endIndex, newText: '' }];
      const fix = { title: 'Remove the `L` suffix', safety: 'safe' as const, edits };
      ctx.report({ node, message: `Integer literal \`${digits}L\` has a Python 2-only long suffix`, fixes: { py3: fix, compat: fix } });
    }
  },
};
