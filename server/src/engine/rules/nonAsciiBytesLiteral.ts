import type { Fix, Rule } from '../types';
import { hexEscapes, literalsMatching, rawToNonRaw, sourceEncoding, stringLiteral } from './pyStringLiteral';

// Python 2 keeps the source bytes of a non-ASCII character in a byte string: with a UTF-8
// file `b"é"` is the two bytes C3 A9, with a latin-1 cookie the one byte E9. Python 3 allows
// only ASCII characters in bytes literals, so each character becomes its `\xNN` escapes.
function escapedContent(content: string, raw: boolean, quote: string, spell: (char: string) => string | undefined): string | undefined {
  if (raw) return rawToNonRaw(content, quote, { unicodeEscapes: false, nonAscii: spell });
  let out = '';
  let i = 0;
  while (i < content.length) {
    const escaped = content[i] === '\\';
    const at = escaped ? i + 1 : i;
    if (at >= content.length) {
      out += content.slice(i);
      break;
    }
    const char = String.fromCodePoint(content.codePointAt(at)!);
    if (char.codePointAt(0)! < 0x80) {
      out += content.slice(i, at + char.length);
    } else {
      const spelled = spell(char);
      if (spelled === undefined) return undefined;
      // py2 `b"\é"` is an unknown escape: a backslash followed by the bytes of é.
      out += (escaped ? '\\\\' : '') + spelled;
    }
    i = at + char.length;
  }
  return out;
}

export const nonAsciiBytesLiteral: Rule = {
  id: 'non-ascii-bytes-literal',
  category: 'syntax',
  severity: 'error',
  summary: 'Bytes literal contains non-ASCII characters',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `b"..."` literals (any `b` prefix, raw or not) that contain non-ASCII characters.',
    whyItBreaks:
      'Python 3 allows only ASCII characters in a bytes literal: `b"é"` is a SyntaxError. Python 2 accepted it and stored ' +
      'the bytes the character has in the file\'s source encoding (its coding cookie, or UTF-8).',
    example: '# -*- coding: utf-8 -*-\nMAGIC = b"café"',
    useInstead: '# -*- coding: utf-8 -*-\nMAGIC = b"caf\\xc3\\xa9"',
    fixSafety:
      'Safe: each non-ASCII character becomes the `\\xNN` escapes of the bytes Python 2 stored for it, so the value is the ' +
      'same. A raw literal (`br"..."`) becomes a non-raw one with its backslashes doubled. Characters the declared encoding ' +
      'cannot be written in by py3migrate (multi-byte encodings other than UTF-8) are flagged but not fixed.',
  },
  checkFile(ctx) {
    // Every character below 0x80 is one UTF-8 byte and the others more: an ASCII file has as many
    // bytes as characters (a tenth of the cost of /[^\x00-\x7f]/ over an ASCII file).
    if (Buffer.byteLength(ctx.file.text, 'utf8') === ctx.file.text.length) return;
    for (const node of literalsMatching(ctx.file, /(?<!\w)[bB][rR]?['"]/g, 'start')) {
      if (!/[^\x00-\x7f]/.test(node.text)) continue;
      const literal = stringLiteral(node);
      if (!literal) continue;
      const { prefix, quote, content } = literal;
      const encoding = sourceEncoding(ctx.file);
      const raw = /[rR]/.test(prefix);
      const rewritten = escapedContent(content, raw, quote, (char) => hexEscapes(char, encoding));
      const fixes: { py3?: Fix; compat?: Fix } = {};
      if (rewritten !== undefined) {
        const newPrefix = prefix.replace(/[rR]/, '');
        const fix: Fix = {
          title: `Escape the non-ASCII characters as their ${encoding} bytes`,
          safety: 'safe',
          edits: [{ start: node.startIndex, end: node.endIndex, newText: newPrefix + quote + rewritten + quote }],
        };
        fixes.py3 = fix;
        fixes.compat = fix;
      }
      ctx.report({ node, message: 'Bytes literal contains non-ASCII characters (a SyntaxError in Python 3)', fixes });
    }
  },
};
