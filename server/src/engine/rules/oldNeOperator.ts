import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
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
    for (const node of oldNeOperators(ctx.file)) {
      const fix = { title: 'Replace `<>` with `!=`', safety: 'safe' as const, edits: [{ start: node.startIndex, end: node.endIndex, newText: '!=' }] };
      ctx.report({ node, fixes: { py3: fix, compat: fix } });
    }
  },
};

/**
 * The `<>` operator tokens: each `<>` of the text (what `/<>/g` finds, through `indexOf`, which skips
 * along to the rare `<`: a regular expression pass costs several times more) that is exactly one.
 */
function* oldNeOperators(file: SourceFile): Generator<Node> {
  const text = file.text;
  for (let at = text.indexOf('<>'); at >= 0; at = text.indexOf('<>', at + 2)) {
    const node = file.root.descendantForIndex(at, at + 2);
    if (node?.type === '<>' && node.startIndex === at && node.endIndex === at + 2) yield node;
  }
}
