// Whether an object's text form (or equality) can be observed: it is printed, passed to str()/repr()/
// format(), formatted with `%` or `.format()`, put in backticks, or compared with `==`/`!=`. A rename
// whose new object behaves the same except for its repr (xrange -> range: Python 2 printed
// "xrange(3)", Python 3 "range(0, 3)"; and `xrange(3) == xrange(3)` was False) is safe only where
// the object is not exposed that way. A value bound to a plain name is followed to the name's uses in
// the same function (or the module, for a module-level name). Passing the object to an unknown
// function is not counted: that callee printing it is the rare case the rule's docs name.

import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';

const TEXT_BUILTINS = new Set(['str', 'repr', 'unicode', 'format', 'print']);

function same(a: Node | null | undefined, b: Node): boolean {
  return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/** How this very expression (not a name it is bound to) is shown, or undefined: 'printed' or 'formatted' (str(), %, .format()). */
export function shownAs(node: Node, file: SourceFile): 'printed' | 'formatted' | undefined {
  let value = node;
  // exposedHere and isReprExposed ask for the same parents again: remembered per node (parentOf).
  let parent = parentOf(node);
  while (parent && (parent.type === 'parenthesized_expression' || parent.type === 'tuple' || parent.type === 'list' || parent.type === 'keyword_argument')) {
    value = parent;
    parent = parentOf(parent);
  }
  if (!parent) return undefined;
  if (parent.type === 'print_statement') return 'printed';
  if (parent.type === 'binary_operator') return parent.child(1)?.type === '%' && same(parent.childForFieldName('right'), value) ? 'formatted' : undefined;
  if (parent.type !== 'argument_list') return undefined;
  const fn = parent.parent?.childForFieldName('function');
  if (fn?.type === 'identifier' && TEXT_BUILTINS.has(fn.text) && !isLocallyBound(file, fn.text)) return fn.text === 'print' ? 'printed' : 'formatted';
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format') return 'formatted';
  return undefined;
}

/** Whether this very expression (not a name it is bound to) is shown or compared. */
function exposedHere(node: Node, file: SourceFile): boolean {
  if (shownAs(node, file)) return true;
  let value = node;
  while (parentOf(value)?.type === 'parenthesized_expression') value = parentOf(value)!;
  const parent = parentOf(value);
  return parent?.type === 'comparison_operator' && parent.children.some((c) => c.type === '==' || c.type === '!=' || c.type === '<>');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The function (or module) whose code sees a name bound at `node`. */
function scopeOf(node: Node): Node {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition') return p;
    if (p.type === 'module') return p;
  }
  return node;
}

/** Whether `value` (an expression) is shown or compared, directly or through the plain name it is assigned to. */
export function isReprExposed(value: Node, file: SourceFile): boolean {
  if (exposedHere(value, file)) return true;
  let outer = value;
  while (parentOf(outer)?.type === 'parenthesized_expression') outer = parentOf(outer)!;
  const assignment = parentOf(outer);
  if (assignment?.type !== 'assignment' || !same(assignment.childForFieldName('right'), outer)) return false;
  const target = assignment.childForFieldName('left');
  if (target?.type !== 'identifier') return false;
  const name = target.text;
  const scope = scopeOf(assignment);
  const text = file.text.slice(scope.startIndex, scope.endIndex);
  // Python 2 backticks are repr(): tree-sitter reads them as a string, so look at the text.
  if (new RegExp(`\`[^\`\\n]*(?<![\\w.])${escapeRegExp(name)}(?!\\w)[^\`\\n]*\``).test(text)) return true;
  for (const match of text.matchAll(new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?!\\w)`, 'g'))) {
    const at = scope.startIndex + match.index;
    const use = file.root.descendantForIndex(at, at + name.length);
    if (use?.type === 'identifier' && use.text === name && !same(use, target) && exposedHere(use, file)) return true;
  }
  return false;
}
