import type { Node } from 'web-tree-sitter';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';
import type { Rule } from '../types';

// Python 2 round() rounds half away from zero and always returns a float: round(2.5) == 3.0.
// Python 3 round() rounds half to even and, without ndigits, returns an int: round(2.5) == 2.
// Flagging every call (as pylint does) is noise: most arguments are never exactly half-way and
// most results are used as numbers. Only two cases are reported:
//  - the argument can be exactly half-way: a literal like 2.5 / 0.125 with more decimals than
//    ndigits ending in 5, or a division by 2 (`round(total / 2)`);
//  - a one-argument round() whose result is printed or formatted as text ('3.0' vs '3').
export const roundBuiltin: Rule = {
  id: 'round-builtin',
  category: 'division',
  severity: 'warning',
  quietInPython3: true,
  summary: '`round()` rounds half to even and returns an int on Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags `round()` calls whose behaviour visibly changes: the argument can be exactly half-way (a literal such as `2.5` ' +
      'or `0.125` with more decimals than requested, or a division by 2), or a one-argument `round()` whose result is ' +
      'printed or formatted as text. Other calls are left alone.',
    whyItBreaks:
      'Python 2 rounds half away from zero and returns a float: `round(2.5) == 3.0`, `round(0.125, 2) == 0.13`. Python 3 rounds ' +
      'half to even (banker\'s rounding) and returns an int when no ndigits is given: `round(2.5) == 2`, `round(0.125, 2) == 0.12`, ' +
      'and `str(round(3.2))` is `\'3\'` instead of `\'3.0\'`.',
    example: 'half = round(total / 2)\nprint "%s items" % round(count)',
    useInstead:
      'from decimal import Decimal, ROUND_HALF_UP\nhalf = int(Decimal(total / 2).quantize(Decimal(1), rounding=ROUND_HALF_UP))\n' +
      'print("%s items" % float(round(count)))',
    fixSafety: 'No automatic fix: whether half-even rounding or an int result matters depends on the program. ' +
      'For money-like values use `decimal` with `ROUND_HALF_UP`; to keep printing `3.0`, wrap the call in `float()`.',
  },
  identifiers: ['round'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !isBuiltinReference(node, ctx.file)) return;
    const args = plainArguments(call);
    if (!args || args.length === 0 || args.length > 2) return;
    const ndigits = args.length === 2 ? (args[1].type === 'integer' ? Number(args[1].text) : undefined) : 0;
    const halfway = halfwayReason(args[0], ndigits);
    if (halfway) {
      ctx.report({
        node: call,
        message:
          `${halfway}: Python 3 \`round()\` rounds half-way values to even, Python 2 away from zero ` +
          '(`round(2.5)` is 2 on Python 3, 3.0 on Python 2); use `decimal` with `ROUND_HALF_UP` if half-up is intended',
      });
      return;
    }
    if (args.length === 1) {
      const shown = textUse(call);
      if (shown) {
        ctx.report({
          node: call,
          message: `\`round()\` without ndigits returns an int on Python 3 but a float on Python 2, and this result is ${shown} ('3' instead of '3.0'); wrap it in \`float()\` to keep the Python 2 text`,
        });
      }
    }
  },
};

function halfwayReason(arg: Node, ndigits: number | undefined): string | undefined {
  if (ndigits === undefined) return undefined;
  let expression = arg;
  while ((expression.type === 'parenthesized_expression' || expression.type === 'unary_operator') && expression.namedChildren.length === 1) {
    expression = expression.namedChildren[0];
  }
  // A literal `x.yz5` with more decimals than ndigits is half-way (0.125 exactly; 2.675 only nearly,
  // but Python 2 and 3 may still round it differently). A literal inside a larger expression
  // (`round(0.75 * size)`) says nothing about the value.
  if (expression.type === 'float') {
    const match = /^\d*\.(\d+)$/.exec(expression.text);
    if (match && match[1].length > ndigits && match[1].endsWith('5')) return `\`${expression.text}\` may be exactly half-way`;
  }
  if (ndigits === 0 && expression.type === 'binary_operator') {
    const op = expression.childForFieldName('operator')?.type;
    const right = expression.childForFieldName('right');
    if (op === '/' && right && /^2(\.0*)?$/.test(right.text)) return 'a value divided by 2 can be exactly half-way';
  }
  return undefined;
}

/** How the result ends up as text, if it visibly does. */
function textUse(call: Node): string | undefined {
  let node = call;
  let parent = node.parent;
  // `"%s, %s" % (round(a), b)`: step out of the tuple of format arguments.
  if (parent?.type === 'tuple' || parent?.type === 'parenthesized_expression') {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return undefined;
  if (parent.type === 'print_statement') return 'printed';
  if (parent.type === 'binary_operator' && parent.childForFieldName('operator')?.type === '%' && parent.childForFieldName('right')?.id === node.id) {
    const format = parent.childForFieldName('left');
    if (format?.type === 'string' && /%[-#0 +]*\d*(\.\d+)?[sr]/.test(format.text)) return 'formatted with `%s`';
    return undefined;
  }
  if (parent.type === 'argument_list' && node.id === call.id) {
    const outer = parent.parent;
    const fn = outer?.type === 'call' ? outer.childForFieldName('function') : undefined;
    if (fn?.type === 'identifier' && (fn.text === 'str' || fn.text === 'repr' || fn.text === 'print')) return `passed to \`${fn.text}()\``;
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' && fn.childForFieldName('object')?.type === 'string') {
      return 'formatted with `str.format`';
    }
  }
  return undefined;
}
