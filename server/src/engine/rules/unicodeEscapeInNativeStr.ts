import type { Node } from 'web-tree-sitter';
import { dialectVerdict } from '../dialect';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { literalsAt, stringLiteral } from './pyStringLiteral';

// In a py2 native (byte) string `\u`, `\U` and `\N` are not escapes: the backslash is kept.
// Python 3 strings are text, where they are escapes (and `'C:\Users'` is a SyntaxError).
// Doubling the backslash spells the same two characters in both. With
// `from __future__ import unicode_literals`, py2 already reads them as escapes: nothing to do.
// In a Python 3 file a well-formed `'\u00e9'` is the escape its author meant: only the escapes
// Python 3 rejects (`'C:\Users'`, `'\N'`, `'\u12'`) are reported there. A file that never writes a
// `u''` literal is taken to be Python 3 for this rule too: Python 2 code that means text writes
// `u'\u00e9'` (the generated codec tables of Python 3's `encodings` package are such files).
export const unicodeEscapeInNativeStr: Rule = {
  id: 'unicode-escape-in-native-str',
  category: 'syntax',
  severity: 'error',
  summary: '`\\u`, `\\U` or `\\N` in a Python 2 byte string is a literal backslash, but an escape in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags string literals without a prefix (not `u`, `b` or raw) that contain `\\u`, `\\U` or `\\N`, docstrings included, ' +
      'in files that do not import `unicode_literals`. In Python 3 code (a file with syntax only Python 3 accepts, ' +
      'or one that never writes a `u\'\'` literal) it flags only the escapes Python 3 rejects, such as `"C:\\Users"`.',
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
    const literals = literalsAt(ctx.file, unicodeEscapeOffsets(ctx.file.text), 'inside');
    if (literals.length === 0) return;
    const dialect = ctx.dialect;
    const python3Text = dialect === 'py3' || (dialect === 'unknown' && !dialectVerdict(ctx.file).unicodePrefix);
    for (const node of literals) report(node, ctx, python3Text);
  },
};

/**
 * Where a backslash is followed by `u`, `U` or `N`, the matches of `/\\[uUN]/g` (report() reads
 * the escapes of each literal itself): `indexOf` on the backslash costs a quarter of that regex.
 */
function* unicodeEscapeOffsets(text: string): Generator<number> {
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x75 || next === 0x55 || next === 0x4e) yield i++; // u U N
  }
}

// What Python 3 accepts after the backslash: `\uXXXX`, `\UXXXXXXXX` up to U+10FFFF, `\N{NAME}`.
const WELL_FORMED: Record<string, RegExp> = { u: /^[0-9a-fA-F]{4}/, U: /^[0-9a-fA-F]{8}/, N: /^\{[A-Za-z0-9 -]+\}/ };

function wellFormedEscape(letter: string, after: string): boolean {
  const match = WELL_FORMED[letter].exec(after);
  return match !== null && (letter !== 'U' || Number.parseInt(match[0], 16) <= 0x10ffff);
}

function report(node: Node, ctx: RuleContext, python3Text: boolean): void {
  // A prefix (`u'\u00e9'`, most hits) is seen from the first character, without copying the literal's text.
  const first = ctx.file.text.charCodeAt(node.startIndex) | 0x20;
  if (first >= 0x61 && first <= 0x7a) return;
  const literal = stringLiteral(node);
  if (!literal || literal.prefix !== '') return;
  const edits: TextEdit[] = [];
  const text = literal.content;
  let rejectedByPython3 = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') continue;
    // The backslash escapes the next character, so `\\u` is an escaped backslash and a `u`.
    const letter = text[i + 1] ?? '';
    if ('uUN'.includes(letter)) {
      const at = literal.contentStart + i;
      edits.push({ start: at, end: at, newText: '\\' });
      if (!wellFormedEscape(letter, text.slice(i + 2, i + 2 + 80))) rejectedByPython3 = true;
    }
    i++;
  }
  if (edits.length === 0 || (python3Text && !rejectedByPython3)) return;
  const fix: Fix = { title: 'Double the backslash so it stays a backslash', safety: 'safe', edits };
  const shown = [...new Set(edits.map((e) => text[e.start - literal.contentStart + 1]))].map((l) => `\`\\${l}\``).join(', ');
  const message = python3Text
    ? `${shown} in this string is not a valid escape: Python 3 rejects the literal (a SyntaxError), Python 2 keeps the backslash`
    : `${shown} in a Python 2 byte string is a literal backslash, but an escape in Python 3`;
  ctx.report({ node, message, fixes: { py3: fix, compat: fix } });
}
