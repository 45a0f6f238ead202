import { exactNodes } from '../textScan';
import type { Rule } from '../types';

export const oldNeOperator: Rule = {
  id: 'old-ne-operator',
  category: 'syntax',
  severity: 'error',
  summary: '`<>` is Python 2-only; use `!=`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags the `<>` comparison operator.',
    whyItBreaks: 'Python 3 removed `<>`; a file that uses it is a SyntaxError. `!=` means the same on Python 2 and 3.',
    example: 'if a <> b:\n    pass',
    useInstead: 'if a != b:\n    pass',
    fixSafety: 'Safe: `<>` and `!=` are the same operator in Python 2.',
  },
  checkFile(ctx) {
    for (const node of exactNodes(ctx.file, /<>/g, '<>')) {
      const fix = { title: 'Replace `<>` with `!=`', safety: 'safe' as const, edits: [{ start: node.startIndex, end: node.endIndex, newText: '!=' }] };
      ctx.report({ node, fixes: { py3: fix, compat: fix } });
    }
  },
};
