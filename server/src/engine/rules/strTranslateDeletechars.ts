import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { asAtom, plainArguments } from './builtinReference';
import { stringLiteral } from './pyStringLiteral';

// Python 2 str.translate(table, deletechars) deletes characters; `table` may be None.
// Python 3 str.translate takes one mapping argument: the two-argument call is a TypeError.
// Python 3 bytes.translate(None, b'abc') still works, so a bytes receiver needs no change,
// and that is why every rewrite here is unsafe: nothing tells whether the value is text on 3.
export const strTranslateDeletechars: Rule = {
  id: 'str-translate-deletechars',
  category: 'strings-bytes',
  severity: 'warning',
  summary: '`str.translate(table, deletechars)` takes one argument on Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags two-argument `.translate(table, deletechars)` calls, the Python 2 byte-string form, unless the characters to delete are a `b""` literal.',
    whyItBreaks:
      'Python 3 `str.translate` takes a single mapping from code points to replacements; `s.translate(None, "abc")` raises ' +
      'TypeError. Only `bytes.translate` keeps the two-argument form.',
    example: 'digits = phone.translate(None, "-() ")',
    useInstead: 'py3: digits = phone.translate({ord(c): None for c in "-() "})\ncompat: digits = "".join(_ch for _ch in phone if _ch not in "-() ")',
    fixSafety:
      'Unsafe: the rewrite is right when the value is text on Python 3. If it is bytes there (read from a binary file or socket), ' +
      'the original two-argument `bytes.translate` call already works, with a `b""` argument. A non-None table (from `string.maketrans`) ' +
      'has no fix.',
  },
  identifiers: ['translate'],
  onIdentifier(node, ctx) {
    const attribute = node.parent;
    if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== node.id) return;
    const call = attribute.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id) return;
    const args = plainArguments(call);
    const receiver = attribute.childForFieldName('object');
    if (!args || args.length !== 2 || !receiver || isInCompatCode(node)) return;
    const [table, deletechars] = args;
    if (isBytesLiteral(deletechars) || isBytesLiteral(receiver)) return;
    // `string.translate(s, table)` is the module function (text, table), not the two-argument method.
    if (receiver.type === 'identifier' && receiver.text === 'string') return;
    const fixes: Partial<Record<'py3' | 'compat', Fix>> = {};
    // The characters are read once per character of the receiver in the rewrite: only literals and names.
    if (table.type === 'none' && (deletechars.type === 'string' || deletechars.type === 'identifier')) {
      fixes.py3 = {
        title: 'Use a deletion mapping',
        safety: 'unsafe',
        edits: [{ start: call.startIndex, end: call.endIndex, newText: `${asAtom(receiver)}.translate({ord(_ch): None for _ch in ${deletechars.text}})` }],
      };
      fixes.compat = {
        title: 'Join the characters that are not deleted',
        safety: 'unsafe',
        edits: [{ start: call.startIndex, end: call.endIndex, newText: `"".join(_ch for _ch in ${receiver.text} if _ch not in ${deletechars.text})` }],
      };
    }
    ctx.report({
      node: call,
      message:
        table.type === 'none'
          ? '`.translate(None, chars)` deletes characters only on Python 2 byte strings; Python 3 `str.translate` takes one mapping argument'
          : '`.translate(table, chars)` is the Python 2 byte-string form; Python 3 `str.translate` takes one mapping (build it with `str.maketrans`)',
      fixes,
    });
  },
};

function isBytesLiteral(node: Node): boolean {
  return node.type === 'string' && /b/i.test(stringLiteral(node)?.prefix ?? '');
}
