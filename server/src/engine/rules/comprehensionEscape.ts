import type { Node } from 'web-tree-sitter';
import { isBindingOccurrenceAmong, isInCompatCode, isTopLevelStatement, mayFindNameAfter, nextNameIn, targetNames } from '../context';
import type { SourceFile } from '../sourceFile';
import type { Rule, RuleContext } from '../types';
import { listComprehensionClause, mayStartComprehensionClause } from './listComprehensionClause';

// Python 2 list comprehensions run in the enclosing scope: `[x for x in xs]` leaves `x` bound to
// the last element afterwards. Python 3 gives every comprehension its own scope, so a later
// read of `x` sees the outer variable, or raises NameError. (Generator, set and dict
// comprehensions already had their own scope on Python 2.)
export const comprehensionEscape: Rule = {
  id: 'comprehension-escape',
  category: 'other',
  severity: 'warning',
  quietInPython3: true,
  summary: 'A list comprehension variable is used after the comprehension',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags a read of a list comprehension\'s loop variable after the comprehension, in the same function or module, ' +
      'when the next mention of the name after the comprehension is not a fresh assignment.',
    whyItBreaks:
      'On Python 2 the loop variable of a list comprehension leaks into the enclosing scope and keeps the last element. ' +
      'On Python 3 it is local to the comprehension: the later read gets whatever the name held before (or NameError).',
    example: 'names = [n.strip() for n in lines]\nprint "last:", n',
    useInstead: 'names = [n.strip() for n in lines]\nlast = lines[-1] if lines else None\nprint("last:", last)',
    fixSafety: 'No automatic fix: the intended value (the last element, or the outer variable) is for you to decide.',
  },
  keywords: ['for'],
  keywordMayConcern: mayStartComprehensionClause,
  onKeyword(keyword, ctx) {
    // Each comprehension once: from the `for` of its first clause.
    const found = listComprehensionClause(keyword, ctx.file);
    if (!found) return;
    const { clause, comprehension } = found;
    // The first clause follows the body, unless a comment comes between.
    const second = comprehension.namedChild(1);
    const first = second?.type === 'for_in_clause' ? second : comprehension.namedChildren.find((c) => c?.type === 'for_in_clause');
    if (first?.id !== clause.id) return;
    check(comprehension, ctx);
  },
};

const SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'module', 'generator_expression', 'set_comprehension', 'dictionary_comprehension']);

/**
 * The ancestors of `node`, nearest first, up to its nearest scope, and that scope (the root when
 * none). One walk up (each step ~1.5 µs) serves every question asked about the node below.
 */
function ancestorsToScope(node: Node, file: SourceFile, wellFormed: boolean): { ancestors: Node[]; types: string[]; scope: Node } {
  const ancestors: Node[] = [];
  const types: string[] = [];
  for (let p = node.parent; p; p = p.parent) {
    const type = p.type;
    ancestors.push(p);
    types.push(type);
    if (SCOPES.has(type)) return { ancestors, types, scope: p };
    // The module's own statement: its parent is the module.
    if (isTopLevelStatement(p, type, file.text, wellFormed)) return { ancestors, types, scope: file.root };
  }
  return { ancestors, types, scope: node.tree.rootNode };
}

function boundNames(comprehension: Node): Node[] {
  const names: Node[] = [];
  for (const clause of comprehension.namedChildren) {
    if (clause.type !== 'for_in_clause') continue;
    const left = clause.childForFieldName('left');
    if (left) names.push(...targetNames(left));
  }
  return names;
}

function check(comprehension: Node, ctx: RuleContext): void {
  for (const occurrence of escapingReads(comprehension, ctx.file)) {
    ctx.report({
      node: occurrence,
      message:
        `\`${occurrence.text}\` is the loop variable of the list comprehension on line ${comprehension.startPosition.row + 1}: ` +
        'Python 2 leaks it (it holds the last element here), Python 3 keeps it local, so this reads the outer variable or raises NameError',
    });
  }
}

/**
 * The reads after a list comprehension that see its leaked loop variables on Python 2 (at most
 * one per name). Also used by set-literal: turning such a comprehension into a set
 * comprehension would stop the leak.
 */
export function escapingReads(comprehension: Node, file: SourceFile): Node[] {
  const reads: Node[] = [];
  const text = file.text;
  const after = comprehension.endIndex;
  const names: string[] = [];
  for (const target of boundNames(comprehension)) {
    const name = target.text;
    // Most loop variables are never mentioned again after their comprehension: seen before the
    // walk up to the scope.
    if (!names.includes(name) && mayFindNameAfter(text, name, after)) names.push(name);
  }
  if (names.length === 0) return reads;
  const wellFormed = !file.root.hasError;
  const around = ancestorsToScope(comprehension, file, wellFormed);
  const scope = around.scope;
  if (scope.type !== 'module' && scope.type !== 'function_definition' && scope.type !== 'class_definition') return reads;
  let rebinds: Set<string> | undefined;
  for (const name of names) {
    const first = nextNameIn(text, name, after, scope.endIndex);
    if (first < 0 || (rebinds ??= namesRebound(comprehension, around.ancestors)).has(name)) continue;
    // (A name cannot occur again inside itself, so searching on from `at + 1` misses nothing.)
    for (let at = first; at >= 0; at = nextNameIn(text, name, at + 1, scope.endIndex)) {
      const occurrence = file.root.descendantForIndex(at, at + name.length);
      if (!occurrence || occurrence.type !== 'identifier' || occurrence.startIndex !== at) continue;
      const { ancestors, types, scope: occurrenceScope } = ancestorsToScope(occurrence, file, wellFormed);
      if (isAttributeOrKeyword(occurrence, ancestors[0])) continue;
      if (occurrenceScope.id !== scope.id) continue;
      // Another comprehension binding the same name reads its own variable (and on Python 2 rebinds it).
      if (ancestors.some((p, i) => types[i] === 'list_comprehension' && boundNames(p).some((n) => n.text === name))) break;
      if (isBindingOccurrenceAmong(occurrence, ancestors) && !readsBeforeBinding(occurrence, name)) break;
      if (!isInCompatCode(occurrence)) reads.push(occurrence);
      break;
    }
  }
  return reads;
}

function isAttributeOrKeyword(node: Node, parent: Node | undefined): boolean {
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id) return true;
  if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id) return true;
  return false;
}

/** `x += 1` reads x; `x = x + 1` reads it on the right before binding it. */
function readsBeforeBinding(target: Node, name: string): boolean {
  let statement: Node | null = target.parent;
  while (statement && statement.type !== 'assignment' && statement.type !== 'augmented_assignment' && statement.type !== 'for_statement') statement = statement.parent;
  if (!statement) return false;
  if (statement.type === 'augmented_assignment') return true;
  const right = statement.childForFieldName('right');
  return !!right && mentions(right, name);
}

/** True when an identifier `name` occurs inside `node` (not inside strings or comments). */
function mentions(node: Node, name: string): boolean {
  for (const match of node.text.matchAll(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'))) {
    const at = node.startIndex + match.index;
    const found = node.tree.rootNode.descendantForIndex(at, at + name.length);
    if (found?.type === 'identifier' && found.startIndex === at) return true;
  }
  return false;
}

/**
 * `xs = [x for x in xs]`: the statement holding the comprehension rebinds the names it returns
 * right after it. `ancestors`: the comprehension's first ancestors, nearest first.
 */
function namesRebound(comprehension: Node, ancestors: readonly Node[]): Set<string> {
  let statement: Node | null = null;
  for (let i = 0, p: Node | null = ancestors[0] ?? comprehension.parent; p; p = ++i < ancestors.length ? ancestors[i] : p.parent) {
    const type = p.type;
    if (type === 'assignment' || type.endsWith('_statement') || type === 'module') {
      statement = p;
      break;
    }
  }
  const rebound = new Set<string>();
  if (statement?.type !== 'assignment') return rebound;
  const left = statement.childForFieldName('left');
  if (left) for (const target of targetNames(left)) rebound.add(target.text);
  return rebound;
}
