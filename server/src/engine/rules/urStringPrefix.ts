import type { Fix, Rule } from '../types';
import { urPrefixOffsets } from './literalHits';
import { literalsAt, rawToNonRaw, stringLiteral } from './pyStringLiteral';

// In py2 `ur"..."` is raw except that `\uXXXX` and `\UXXXXXXXX` (after an odd run of
// backslashes) are still decoded. Python 3 has no `ur` prefix; 2to3 just drops the `u`, which
// silently turns `ur"\u2603"` into six characters. These fixes keep the value.
function hasUnicodeEscape(content: string): boolean {
  for (const match of content.matchAll(/\\+[uU]/g)) if ((match[0].length - 1) % 2 === 1) return true;
  return false;
}

export const urStringPrefix: Rule = {
  id: 'ur-string-prefix',
  category: 'syntax',
  severity: 'error',
  summary: 'The `ur` string prefix is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags string literals with the `ur` prefix in any case (`ur"..."`, `UR\'...\'`, `Ur"""..."""`).',
    whyItBreaks:
      'Python 3 has no `ur` prefix: such a literal is a SyntaxError. In Python 2 a `ur` literal is a raw unicode string in which ' +
      '`\\uXXXX` and `\\UXXXXXXXX` are still escapes, so simply dropping the `u` (as 2to3 does) turns `ur"\\u2603"` from one ' +
      'character into six.',
    example: 'pattern = ur"\\d+\\u2603"\nword = ur"\\w+"',
    useInstead:
      '# py3: a raw string where no `\\u` escape is involved, else a `u` string with the other backslashes doubled\n' +
      'pattern = u"\\\\d+\\u2603"\nword = r"\\w+"\n' +
      '# compat: a `u` string with the other backslashes doubled\n' +
      'pattern = u"\\\\d+\\u2603"\nword = u"\\\\w+"',
    fixSafety:
      'Safe: the new literal has exactly the value Python 2 gave the `ur` literal (a unicode string with the same characters), ' +
      'checked by differential tests. Literals Python 2 itself rejects (a truncated `\\u` escape) are flagged but not fixed.',
  },
  checkFile(ctx) {
    for (const node of literalsAt(ctx.file, urPrefixOffsets(ctx.file), 'start')) {
      const literal = stringLiteral(node);
      if (!literal) continue;
      const { prefix, quote, content } = literal;
      const rewritten = rawToNonRaw(content, quote, { unicodeEscapes: true });
      const fixes: { py3?: Fix; compat?: Fix } = {};
      if (rewritten !== undefined) {
        const whole = (newText: string) => [{ start: node.startIndex, end: node.endIndex, newText }];
        const unicode: Fix = { title: 'Convert to a `u` string with the raw backslashes escaped', safety: 'safe', edits: whole('u' + quote + rewritten + quote) };
        // With a `\u` escape the py3 fix keeps the `u` too: a plain `"\u2603"` reads like a py2 byte
        // string holding a backslash, which unicode-escape-in-native-str would then "fix".
        fixes.py3 = hasUnicodeEscape(content)
          ? unicode
          : { title: `Replace the \`${prefix}\` prefix with \`${prefix[1]}\``, safety: 'safe', edits: [{ start: node.startIndex, end: node.startIndex + 2, newText: prefix[1] }] };
        fixes.compat = unicode;
      }
      ctx.report({ node, message: `\`${prefix}\` string prefix is Python 2-only`, fixes });
    }
  },
};
