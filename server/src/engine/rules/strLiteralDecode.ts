// `'...'.decode(...)` on a native string literal: Python 3 str has no decode method. Only the provable case
// (the receiver is a literal) is flagged; `.decode` on a variable may well be bytes.

import type { Node } from 'web-tree-sitter';
import type { Fix, Rule, Target } from '../types';

// ASCII-compatible text codecs: an ASCII-only literal decodes to the same characters under each.
const ASCII_CODECS = new Set(['ascii', 'us-ascii', 'utf-8', 'utf8', 'utf_8', 'u8', 'latin-1', 'latin1', 'latin_1', 'iso-8859-1', 'iso8859-1', 'iso8859_1', 'l1', 'cp1252', 'windows-1252']);

/** The literal's prefix (lower case) and its content between the quotes, for a plain `string` node. */
function literalParts(node: Node): { prefix: string; quote: string; content: string } | undefined {
  const start = node.firstChild;
  const end = node.lastChild;
  if (start?.type !== 'string_start' || end?.type !== 'string_end') return undefined;
  const prefix = start.text.replace(/['"]+$/, '').toLowerCase();
  return { prefix, quote: start.text.slice(prefix.length), content: node.text.slice(start.text.length, node.text.length - end.text.length) };
}

/** Content whose characters are ASCII and whose escapes stay in ASCII. */
function isAsciiContent(content: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(content)) return false;
  for (const match of content.matchAll(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs)) {
    const esc = match[1];
    if (esc.startsWith('x') && parseInt(esc.slice(1), 16) > 0x7f) return false;
    if (/^[0-7]/.test(esc) && parseInt(esc, 8) > 0x7f) return false;
    if (esc === 'N' || esc === 'u' || esc === 'U') return false;
  }
  return true;
}

function stringValue(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = literalParts(node);
  if (!parts || parts.prefix !== '' || /\\/.test(parts.content)) return undefined;
  return parts.content;
}

export const strLiteralDecode: Rule = {
  id: 'str-literal-decode',
  category: 'strings-bytes',
  severity: 'error',
  summary: '`.decode()` on a str literal fails in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `.decode(...)` called on a native string literal (no `b` or `u` prefix, in a module without `unicode_literals`).',
    whyItBreaks: 'A Python 2 str literal holds bytes and has `.decode()`; the same literal is text in Python 3, and Python 3 str has no `decode` method: AttributeError.',
    example: "label = 'name'.decode('utf-8')",
    useInstead: "py3: `label = 'name'`\ncompat: `label = u'name'`",
    fixSafety:
      'Safe when the literal is ASCII (escapes included) and the codec is ASCII-compatible (`ascii`, `utf-8`, `latin-1`, `cp1252`) or omitted: ' +
      'the result is the same text, which the py3 fix writes as the literal and the compat fix as a `u` literal. Other literals are only flagged.',
  },
  identifiers: ['decode'],
  onIdentifier(node, ctx) {
    const attribute = node.parent;
    if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== node.id) return;
    const object = attribute.childForFieldName('object');
    if (object?.type !== 'string' || ctx.file.futureFeatures.has('unicode_literals')) return;
    const parts = literalParts(object);
    if (!parts || parts.prefix.includes('b') || parts.prefix.includes('u') || parts.prefix.includes('f')) return;
    const call = attribute.parent;
    const fixes: Partial<Record<Target, Fix>> = {};
    if (call?.type === 'call' && call.childForFieldName('function')?.id === attribute.id) {
      const args = call.childForFieldName('arguments')?.namedChildren ?? [];
      const codec = args.length === 0 ? 'ascii' : args[0].type === 'string' ? stringValue(args[0]) : undefined;
      const errorsOk = args.length <= 1 || (args.length === 2 && args[1].type === 'string');
      if (codec !== undefined && ASCII_CODECS.has(codec.toLowerCase()) && errorsOk && !parts.prefix.includes('r') && isAsciiContent(parts.content)) {
        const edit = (prefix: string): Fix => ({
          title: 'Replace the decoded literal with a text literal',
          safety: 'safe',
          edits: [{ start: call.startIndex, end: call.endIndex, newText: `${prefix}${parts.quote}${parts.content}${parts.quote}` }],
        });
        fixes.py3 = edit('');
        fixes.compat = edit('u');
      }
    }
    ctx.report({ node: attribute, message: 'A str literal has no `.decode()` in Python 3 (it is already text)', fixes });
  },
};
