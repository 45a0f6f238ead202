// Two builtins whose result changed type without any error, in the narrow cases a reader can see:
//  - math.floor / math.ceil return a float on Python 2 (3.0) and an int on Python 3 (3): shown results change;
//  - chr(n) with a literal n >= 128 is a one-byte str on Python 2 and a non-ASCII text character on Python 3.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference } from './builtinReference';
import { isPlainlyImportedModule } from './moduleAttributes';
import { shownAs } from './reprExposure';

/** The call `math.floor(...)` / `floor(...)` (after `from math import floor`) that `identifier` names, or undefined. */
function mathCall(identifier: Node, text: string): Node | undefined {
  const parent = identifier.parent;
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === identifier.id) {
    const object = parent.childForFieldName('object');
    if (object?.type !== 'identifier' || object.text !== 'math') return undefined;
    const call = parent.parent;
    return call?.type === 'call' && call.childForFieldName('function')?.id === parent.id ? call : undefined;
  }
  if (parent?.type === 'call' && parent.childForFieldName('function')?.id === identifier.id) {
    return new RegExp(`^[ \\t]*from[ \\t]+math[ \\t]+import[^\\n]*\\b${identifier.text}\\b`, 'm').test(text) ? parent : undefined;
  }
  return undefined;
}

/** How the value is shown, looking through a comprehension whose elements it is (`print [math.floor(x) for x in xs]`). */
function shownThroughComprehension(call: Node, file: Parameters<typeof shownAs>[1]): string | undefined {
  const direct = shownAs(call, file);
  if (direct) return direct;
  const comprehension = call.parent;
  if (comprehension && ['list_comprehension', 'generator_expression', 'set_comprehension'].includes(comprehension.type) && comprehension.childForFieldName('body')?.id === call.id) {
    return shownAs(comprehension, file);
  }
  return undefined;
}

export const mathFloorCeilInt: Rule = {
  id: 'math-floor-ceil-int',
  category: 'builtins',
  severity: 'warning',
  quietInPython3: true,
  summary: '`math.floor()` and `math.ceil()` return an int on Python 3, a float on Python 2',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      'Flags `math.floor(x)` and `math.ceil(x)` (also after `from math import floor`) whose result is printed or formatted ' +
      '(`print`, `str()`, `repr()`, `%`, `.format()`), directly or as the elements of a printed comprehension.',
    whyItBreaks: 'Python 3 returns an int: `print math.floor(3.7)` wrote `3.0` on Python 2 and writes `3` on Python 3. Arithmetic and comparisons give the same values.',
    example: 'import math\nprint math.floor(3.7), math.ceil(3.2)',
    useInstead: 'print(float(math.floor(3.7)), float(math.ceil(3.2)))  # or the int, if that is what the output should say',
    fixSafety:
      'Unsafe: `float(math.floor(x))` prints what Python 2 printed, but Python 3 raises OverflowError / ValueError for an infinite or NaN `x` ' +
      'where Python 2 returned it, and the int may be what the output should show now. Results stored in a name are not followed.',
  },
  identifiers: ['floor', 'ceil'],
  onIdentifier(identifier, ctx) {
    const call = mathCall(identifier, ctx.file.text);
    if (!call || isInCompatCode(call)) return;
    if (call.parent?.type === 'argument_list' && call.parent.parent?.childForFieldName('function')?.text === 'float') return;
    if (identifier.parent?.type === 'attribute' && !isPlainlyImportedModule(ctx.file, 'math')) return;
    const shown = shownThroughComprehension(call, ctx.file);
    if (!shown) return;
    const fix: Fix = { title: 'Wrap in `float()`', safety: 'unsafe', edits: [{ start: call.startIndex, end: call.startIndex, newText: 'float(' }, { start: call.endIndex, end: call.endIndex, newText: ')' }] };
    ctx.report({
      node: call,
      message: `\`${identifier.text}()\` returns an int on Python 3 and a float on Python 2, and this result is ${shown}: \`3.0\` becomes \`3\``,
      fixes: { py3: fix, compat: fix },
    });
  },
};

export const chrNonAscii: Rule = {
  id: 'chr-non-ascii',
  category: 'builtins',
  severity: 'warning',
  quietInPython3: true,
  summary: '`chr(n)` with n >= 128 is a byte on Python 2 and a non-ASCII character on Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `chr(n)` where `n` is an integer literal from 128 to 255.',
    whyItBreaks:
      'Python 2 `chr(200)` is the one-byte str `\'\\xc8\'`; Python 3 `chr(200)` is the text character `\'È\'` (U+00C8). Its repr, its length ' +
      'once encoded, comparisons with byte strings and writes to binary files all change, silently.',
    example: 'MARK = chr(200)',
    useInstead: 'a byte: `MARK = b\'\\xc8\'` (or `six.int2byte(200)`)\ntext: `MARK = u\'\\xc8\'`',
    fixSafety: 'No automatic fix: only the program knows whether it meant a byte or a character.',
  },
  identifiers: ['chr'],
  onIdentifier(identifier, ctx) {
    const call = callOf(identifier);
    if (!call || !isBuiltinReference(identifier, ctx.file)) return;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
    if (args.length !== 1 || args[0].type !== 'integer') return;
    const value = Number(args[0].text.replace(/[lL]$/, '').replace(/^0(?=\d)/, '0o'));
    if (!Number.isInteger(value) || value < 128 || value > 255) return;
    ctx.report({
      node: call,
      message: `\`chr(${args[0].text})\` is a one-byte str on Python 2 and the text character U+00${value.toString(16).toUpperCase()} on Python 3; write \`b'\\x${value.toString(16)}'\` for the byte`,
    });
  },
};
