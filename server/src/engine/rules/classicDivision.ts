import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { inCommentOnItsLine } from '../textScan';
import type { Fix, Rule, RuleContext } from '../types';
import { numericKind, type NumericKind } from './numericKind';

// Python 2 `/` on two ints (or longs) is floor division: `7 / 2 == 3`, `-7 / 2 == -4`.
// Python 3 `/` is true division: `3.5`. `//` floors on both, with the same result for negative
// operands (`-7 // 2 == -4`), so where both operands are provably ints `//` is the faithful fix.
// `int(a / b)` is not: it truncates toward zero (`-3`).
//
// Only three outcomes, to keep the warnings few and precise:
//  - both operands provably int: a warning per division with a safe `//` fix;
//  - an operand provably float: nothing, the result is the same float on both;
//  - otherwise: ONE information finding per file, at the first such division, with the count.
export const classicDivision: Rule = {
  id: 'classic-division',
  category: 'division',
  severity: 'warning',
  quietInPython3: true,
  summary: '`/` between integers floors on Python 2 but gives a float on Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `/` and `/=` in modules without `from __future__ import division`. Where both operands are provably integers ' +
      '(int literals, `len()`, `int()`, `ord()`, `//` results, `range()`/`enumerate()` loop counters, local names only ever ' +
      'bound to such values) it reports a warning with a fix to `//`. Where an operand is provably a float it reports nothing. ' +
      'The remaining divisions, whose operand types cannot be told from the code, are summed up in one information finding per file.',
    whyItBreaks:
      'On Python 2, `/` between two integers is floor division: `7 / 2 == 3` and `-7 / 2 == -4`. On Python 3, `/` is always ' +
      'true division: `7 / 2 == 3.5`. Code that indexes, slices or repeats with the result then fails with TypeError, ' +
      'and arithmetic silently changes.',
    example: 'middle = len(items) / 2\nfor i in range(n):\n    page = i / 10',
    useInstead: 'middle = len(items) // 2\nfor i in range(n):\n    page = i // 10',
    fixSafety:
      'Safe where both operands are provably integers: `//` floors on Python 2 and 3 alike, also for negative operands ' +
      '(`-7 // 2 == -4` on both). `int(a / b)` would not be faithful (it gives `-3` on Python 3). Divisions whose operand ' +
      'types are unknown are not rewritten: if an operand is a float, or an object defining only `__div__`, `//` changes the result.',
  },
  checkFile(ctx) {
    const file = ctx.file;
    if (file.futureFeatures.has('division')) return;
    const text = file.text;
    let unknown: Node | undefined;
    let unknownCount = 0;
    const unknownLines = new Set<number>();
    const root = file.root;
    // Only ~400 of the ~12,000 `/` in the stdlib are divisions; the rest are in strings (paths) and
    // comments. A comment is often seen from its line, and one lookup covers a whole string.
    let skipUntil = -1;
    for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
      // `//` floors on both: a `/` beside another is never a classic division.
      if (text.charCodeAt(at - 1) === 0x2f || text.charCodeAt(at + 1) === 0x2f) continue;
      if (at < skipUntil || inCommentOnItsLine(text, at)) continue;
      const token = root.descendantForIndex(at, at + 1);
      if (!token) continue;
      const tokenType = token.type;
      if (tokenType === 'comment' || tokenType === 'string_content') {
        skipUntil = token.endIndex;
        continue;
      }
      if ((tokenType !== '/' && tokenType !== '/=') || token.startIndex !== at) continue;
      const expression = token.parent;
      if (!expression || (expression.type !== 'binary_operator' && expression.type !== 'augmented_assignment')) continue;
      if (expression.childForFieldName('operator')?.id !== token.id) continue;
      if (isInCompatCode(expression)) continue;
      const kind = divisionKind(expression, ctx);
      // `1/0` raises ZeroDivisionError on both (the tests' way to raise one): nothing to change.
      if (kind === 'int' && isZeroLiteral(expression.childForFieldName('right'))) continue;
      if (kind === 'int') report(expression, token, ctx);
      else if (kind === 'unknown') {
        unknown ??= expression;
        unknownCount++;
        unknownLines.add(token.startPosition.row + 1);
      }
    }
    if (unknown) {
      const lines = [...unknownLines];
      const shown = lines.slice(0, 12).join(', ') + (lines.length > 12 ? ', ...' : '');
      const more = unknownCount > 1 ? ` (${unknownCount} such divisions in this file, on lines ${shown})` : '';
      ctx.report({
        node: unknown.childForFieldName('operator') ?? unknown,
        severity: 'information',
        message:
          `\`/\` floors on Python 2 when both operands are integers and gives a float on Python 3; the operand types here cannot be determined${more}. ` +
          'Use `//` where floor division is meant, then add `from __future__ import division`',
      });
    }
  },
};

function divisionKind(expression: Node, ctx: RuleContext): NumericKind {
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  if (!left || !right) return 'unknown';
  const l = numericKind(left, ctx.file);
  const r = numericKind(right, ctx.file);
  if (l === 'int' && r === 'int') return 'int';
  if (l === 'float' || r === 'float') return 'float';
  return 'unknown';
}

function isZeroLiteral(node: Node | null): boolean {
  if (node?.type === 'parenthesized_expression' && node.namedChildren.length === 1) return isZeroLiteral(node.namedChildren[0]);
  return node?.type === 'integer' && /^0+[lL]?$/.test(node.text);
}

function report(expression: Node, token: Node, ctx: RuleContext): void {
  const augmented = token.type === '/=';
  const fix: Fix = {
    title: augmented ? 'Replace `/=` with `//=`' : 'Replace `/` with `//`',
    safety: 'safe',
    edits: [{ start: token.startIndex, end: token.startIndex + 1, newText: '//' }],
  };
  const left = expression.childForFieldName('left')?.text ?? '';
  const right = expression.childForFieldName('right')?.text ?? '';
  const shown = augmented ? `\`${short(left)} /= ${short(right)}\`` : `\`${short(left)} / ${short(right)}\``;
  ctx.report({
    node: expression,
    message: `${shown} divides two integers: floor division on Python 2, a float on Python 3; use \`//\` to keep the Python 2 result`,
    fixes: { py3: fix, compat: fix },
  });
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 30 ? line.slice(0, 27) + '...' : line;
}
