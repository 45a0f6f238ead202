import type { Node } from 'web-tree-sitter';
import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference } from './builtinReference';
import { shownAs } from './reprExposure';

// Python 2 oct(8) is '010'; Python 3 writes '0o10'. Python 2 hex() of a long ends in 'L'
// (hex(2**70) == '0x400000000000000000L'), Python 3 never adds it, so code that cut the
// 'L' off with [:-1] cuts a digit instead.
export const octHexOutput: Rule = {
  id: 'oct-hex-output',
  category: 'builtins',
  severity: 'warning',
  summary: '`oct()` and `hex()` return different text on Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      "Flags `oct(x)` whose text is sliced, compared, stripped, printed or formatted (`str()`, `%`, `.format()`): Python 3 writes `0o10`, " +
      "not `010`. Also `hex(x)[:-1]` / `hex(x)[2:-1]`, " +
      "which strip a Python 2 long's `L` suffix.",
    whyItBreaks:
      "`oct(8)` is `'010'` on Python 2 and `'0o10'` on Python 3, so `oct(x)[1:]` gives `'o10'`. `hex()` of a Python 2 long ends in `L`; " +
      'Python 3 has no such suffix, so `[:-1]` drops the last hex digit.',
    example: "digits = hex(value)[2:-1]\nmode = oct(perm)[1:]",
    useInstead: "digits = hex(value)[2:].rstrip('L')\nmode = '%o' % perm",
    fixSafety:
      "Unsafe: `hex(x)[:-1]` -> `hex(x).rstrip('L')` matches Python 2 only when `x` was a long (a plain int has no `L`, and `[:-1]` " +
      "dropped a digit there). `oct()` text has no fix: `'%o' % x` gives the digits without a prefix on both.",
  },
  identifiers: ['oct', 'hex'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !isBuiltinReference(node, ctx.file)) return;
    const parent = call.parent;
    if (node.text === 'oct') {
      const use = octTextUse(call) ?? shownAs(call, ctx.file);
      if (use) ctx.report({ node: call, message: `\`oct()\` returns '0o10' on Python 3 where Python 2 gave '010', and this result is ${use}; use \`'%o' % x\` for the bare digits` });
      return;
    }
    if (parent?.type !== 'subscript' || parent.childForFieldName('value')?.id !== call.id) return;
    const slice = parent.childForFieldName('subscript');
    if (slice?.type !== 'slice') return;
    const text = slice.text.replace(/\s+/g, '');
    const m = /^(\d*):-1$/.exec(text);
    if (!m) return;
    const fix: Fix = {
      title: "Strip the `L` with `.rstrip('L')`",
      safety: 'unsafe',
      edits: [{ start: call.endIndex, end: parent.endIndex, newText: m[1] ? `[${m[1]}:].rstrip('L')` : ".rstrip('L')" }],
    };
    ctx.report({
      node: parent,
      message: "`hex(x)[...:-1]` strips the `L` of a Python 2 long, but Python 3 `hex()` has no `L`: it drops the last hex digit instead",
      fixes: { py3: fix, compat: fix },
    });
  },
};

function octTextUse(call: Node): string | undefined {
  const parent = call.parent;
  if (!parent) return undefined;
  if (parent.type === 'subscript' && parent.childForFieldName('value')?.id === call.id) return 'sliced or indexed';
  if (parent.type === 'comparison_operator') return 'compared';
  if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === call.id) {
    const method = parent.childForFieldName('attribute')?.text ?? '';
    if (/^(l|r)?strip$|^startswith$|^replace$|^lstrip$/.test(method)) return `processed with \`.${method}()\``;
  }
  return undefined;
}
