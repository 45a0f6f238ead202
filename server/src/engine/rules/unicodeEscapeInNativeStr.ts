import type { Node } from 'web-tree-sitter';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { literalsMatching, stringLiteral } from './pyStringLiteral';

// In a py2 native (byte) string `\u`, `\U` and `\N` are not escapes: the backslash is kept.
// Python 3 strings are text, where they are escapes (and `'C:\Users'` is a SyntaxError).
// Doubling the backslash spells the same two characters in both. With
// `from __future__ import unicode_literals`, py2 already reads them as escapes: nothing to do.
export const unicodeEscapeInNativeStr: Rule = {
  id: 'unicode-escape-in-native-str',
  category: 'syntax',
  severity: 'error',
  summary: '`\\u`, `\\U` or `\\N` in a Python 2 byte string is a literal backslash, but an escape in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags string literals without a prefix (not `u`, `b` or raw) that contain `\\u`, `\\U` or `\\N`, docstrings included, ' +
      'in files that do not import `unicode_literals`.',
    whyItBreaks:
      'In Python 2 a plain string is bytes, where `\\u`, `\\U` and `\\N` are not escapes: `"C:\\Users"` keeps its backslash. ' +
      'In Python 3 the same literal is text, where they are escapes: `"\\u00e9"` becomes `é`, and `"C:\\Users"` or `"\\N"` ' +
      'is a SyntaxError.',
    example: 'path = "C:\\Users\\me"\nsample = "\\u00e9"',
    useInstead: 'path = "C:\\\\Users\\me"\nsample = "\\\\u00e9"',
    fixSafety: 'Safe: `\\\\u` is a backslash followed by `u` on both Python 2 and Python 3.',
  },
  checkFile(ctx) {
    if (ctx.file.futureFeatures.has('unicode_literals')) return;
    for (const node of literalsMatching(ctx.file, /\\[uUN]/g, 'inside')) report(node, ctx);
  },
};

function report(node: Node, ctx: RuleContext): void {
  const literal = stringLiteral(node);
  if (!literal || literal.prefix !== '') return;
  const edits: TextEdit[] = [];
  const text = literal.content;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') continue;
    // The backslash escapes the next character, so `\\u` is an escaped backslash and a `u`.
    if ('uUN'.includes(text[i + 1] ?? '')) {
      const at = literal.contentStart + i;
      edits.push({ start: at, end: at, newText: '\\' });
    }
    i++;
  }
  if (edits.length === 0) return;
  const fix: Fix = { title: 'Double the backslash so it stays a backslash', safety: 'safe', edits };
  const shown = [...new Set(edits.map((e) => text[e.start - literal.contentStart + 1]))].map((l) => `\`\\${l}\``).join(', ');
  ctx.report({ node, message: `${shown} in a Python 2 byte string is a literal backslash, but an escape in Python 3`, fixes: { py3: fix, compat: fix } });
}
