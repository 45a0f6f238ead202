import type { Node } from 'web-tree-sitter';
import type { Fix, Rule, RuleContext } from '../types';
import { asAtom, callOf, isBuiltinReference, isSideEffectFree, plainArguments } from './builtinReference';

// 2to3's optional fix_idioms: three Python 2-era spellings with better ones in 2.7 and 3.
// Cosmetic, so off by default and information only. `while 1:` and `v = list(e); v.sort()` keep
// their behaviour exactly; `type(x) == T` -> `isinstance(x, T)` does not (subclasses now match),
// so that one is unsafe.
export const idioms: Rule = {
  id: 'idioms',
  category: 'other',
  severity: 'information',
  defaultEnabled: false,
  summary: 'Old idiom with a clearer spelling (`type(x) == T`, `while 1:`, `v = list(e); v.sort()`)',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `type(x) == T` / `type(x) is T` (and their negations), `while 1:`, and `v = list(e)` directly followed by `v.sort()`. Off by default (cosmetic, like 2to3\'s explicit-only `idioms` fixer); select it by id or give it a severity in settings to use it.',
    whyItBreaks: 'Nothing breaks on Python 3: these are the idioms 2to3 offers to modernise while the code is being touched anyway. `isinstance` is the usual way to test a type, `while True:` says what it means, and `sorted()` builds and sorts in one step.',
    example: 'if type(value) == dict:\n    pass\nwhile 1:\n    poll()\nnames = list(seen)\nnames.sort()',
    useInstead: 'if isinstance(value, dict):\n    pass\nwhile True:\n    poll()\nnames = sorted(seen)',
    fixSafety: '`while 1:` -> `while True:` and `v = list(e); v.sort()` -> `v = sorted(e)` are safe: the same loop and the same sorted list, on 2.7 and 3. `type(x) == T` -> `isinstance(x, T)` is unsafe: an instance of a subclass of T now passes the test, so the fix for that form is offered as unsafe.',
  },
  identifiers: ['type', 'sort'],
  keywords: ['while'],
  onIdentifier(node, ctx) {
    if (node.text === 'type') typeComparison(node, ctx);
    else sortAfterList(node, ctx);
  },
  onKeyword(keyword, ctx) {
    const statement = keyword.parent;
    if (statement?.type !== 'while_statement') return;
    const condition = statement.childForFieldName('condition');
    if (condition?.type !== 'integer' || condition.text !== '1') return;
    const fix: Fix = { title: 'Write `while True:`', safety: 'safe', edits: [{ start: condition.startIndex, end: condition.endIndex, newText: 'True' }] };
    ctx.report({ node: condition, message: '`while 1:` reads better as `while True:`', fixes: { py3: fix, compat: fix } });
  },
};

const NEGATED = new Set(['!=', 'is not']);

function typeComparison(node: Node, ctx: RuleContext): void {
  const call = callOf(node);
  if (!call || !isBuiltinReference(node, ctx.file)) return;
  const args = plainArguments(call);
  if (!args || args.length !== 1) return;
  const comparison = call.parent;
  if (comparison?.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) return;
  const operator = comparison.children.filter((c) => !c.isNamed).map((c) => c.text).join(' ');
  if (!['==', 'is', '!=', 'is not'].includes(operator)) return;
  const [left, right] = comparison.namedChildren;
  const other = left!.equals(call) ? right! : left!;
  // `type(a) == type(b)` compares two types: there is no isinstance spelling of it.
  if (other.type === 'call' && other.childForFieldName('function')?.text === 'type') return;
  const test = `isinstance(${args[0]!.text}, ${asAtom(other)})`;
  const fix: Fix = {
    title: 'Use `isinstance()` (subclasses will match too)',
    safety: 'unsafe',
    edits: [{ start: comparison.startIndex, end: comparison.endIndex, newText: NEGATED.has(operator) ? `not ${test}` : test }],
  };
  // `not isinstance(...)` binds looser than the comparison it replaces: only where nothing can mix with it.
  const parentType = comparison.parent?.type;
  const standsAlone = ['if_statement', 'elif_clause', 'while_statement', 'expression_statement', 'parenthesized_expression', 'assignment', 'return_statement', 'boolean_operator', 'not_operator', 'assert_statement'].includes(parentType ?? '');
  const usable = standsAlone && !(NEGATED.has(operator) && parentType === 'not_operator');
  ctx.report({
    node: comparison,
    message: `\`type(...) ${operator} ...\` is better written with \`isinstance()\`, which also accepts subclasses`,
    fixes: usable ? { py3: fix, compat: fix } : {},
  });
}

/** `v = list(e)` then `v.sort()` as the very next statement -> `v = sorted(e)`. */
function sortAfterList(node: Node, ctx: RuleContext): void {
  const attribute = node.parent;
  if (attribute?.type !== 'attribute' || !attribute.childForFieldName('attribute')?.equals(node)) return;
  const target = attribute.childForFieldName('object');
  if (target?.type !== 'identifier') return;
  const call = attribute.parent;
  if (call?.type !== 'call' || !call.childForFieldName('function')?.equals(attribute)) return;
  const sortArgs = plainArguments(call);
  if (!sortArgs || sortArgs.length !== 0) return;
  const sortStatement = call.parent;
  if (sortStatement?.type !== 'expression_statement' || sortStatement.namedChildren.length !== 1) return;
  const previous = sortStatement.previousNamedSibling;
  const assignment = previous?.type === 'expression_statement' ? previous.namedChildren[0] : undefined;
  if (assignment?.type !== 'assignment' || previous!.namedChildren.length !== 1) return;
  if (assignment.childForFieldName('left')?.text !== target.text) return;
  const value = assignment.childForFieldName('right');
  if (value?.type !== 'call' || value.childForFieldName('function')?.text !== 'list') return;
  const listName = value.childForFieldName('function')!;
  if (!isBuiltinReference(listName, ctx.file)) return;
  const listArgs = plainArguments(value);
  if (!listArgs || listArgs.length !== 1 || !isSideEffectFree(target)) return;
  // Only the two statements' own lines go: the sort line with its line break.
  const text = ctx.file.text;
  const lineStart = text.lastIndexOf('\n', sortStatement.startIndex - 1);
  if (text.slice(lineStart + 1, sortStatement.startIndex).trim() !== '' || text.slice(previous!.endIndex, lineStart).trim() !== '') return;
  const fix: Fix = {
    title: 'Use `sorted()`',
    safety: 'safe',
    edits: [
      { start: listName.startIndex, end: listName.endIndex, newText: 'sorted' },
      { start: lineStart, end: sortStatement.endIndex, newText: '' },
    ],
  };
  ctx.report({ node: call, message: '`v = list(e)` then `v.sort()` is `v = sorted(e)`', fixes: { py3: fix, compat: fix } });
}
