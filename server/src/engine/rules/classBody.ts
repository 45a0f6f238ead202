// Shared by the class rules (catalog category G): where a method sits, what else its class body
// defines, and the text edits that add an alias after a method or remove a statement.

import type { Node } from 'web-tree-sitter';
import { dominantEol } from '../lineIndex';
import type { TextEdit } from '../types';

export interface MethodSite {
  /** The `function_definition`. */
  def: Node;
  /** The statement in the class body: the def, or the `decorated_definition` around it. */
  statement: Node;
  /** The class body. */
  body: Node;
  cls: Node;
}

/** When `name` is the name of a method defined directly in a class body, where it sits. */
export function methodSite(name: Node): MethodSite | undefined {
  // eq-without-hash and eq-without-ne ask about the same `__eq__` node: answered once.
  let site = sites.get(name);
  if (site === undefined) sites.set(name, (site = findMethodSite(name) ?? null));
  return site ?? undefined;
}

const sites = new WeakMap<Node, MethodSite | null>();

function findMethodSite(name: Node): MethodSite | undefined {
  const def = name.parent;
  if (def?.type !== 'function_definition' || def.childForFieldName('name')?.id !== name.id) return undefined;
  const above = def.parent;
  const statement = above?.type === 'decorated_definition' ? above : def;
  const body = statement === def ? above : statement.parent;
  const cls = body?.parent;
  if (body?.type !== 'block' || cls?.type !== 'class_definition') return undefined;
  return { def, statement, body, cls };
}

/** The function a class-body statement defines, looking through decorators. */
function definedFunction(statement: Node): Node | undefined {
  if (statement.type === 'function_definition') return statement;
  if (statement.type === 'decorated_definition') {
    const inner = statement.childForFieldName('definition');
    return inner?.type === 'function_definition' ? inner : undefined;
  }
  return undefined;
}

/** The names a simple assignment binds: `a = b = ...`, `a, b = ...`. */
function assignedNames(statement: Node): string[] {
  if (statement.type !== 'expression_statement') return [];
  const names: string[] = [];
  for (let assignment = statement.firstNamedChild; assignment?.type === 'assignment'; assignment = assignment.childForFieldName('right')) {
    const left = assignment.childForFieldName('left');
    if (left?.type === 'identifier') names.push(left.text);
    else if (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') for (const n of left.namedChildren) if (n.type === 'identifier') names.push(n.text);
  }
  return names;
}

/** Whether the class body binds `name` at its top level (a def, a nested class or an assignment). */
export function classDefines(body: Node, name: string): boolean {
  return findDefinition(body, name) !== undefined;
}

/** The statement of the class body that binds `name` (the last one: it wins). */
export function findDefinition(body: Node, name: string): Node | undefined {
  // A statement that binds the name spells it: most bodies never mention the name asked for
  // (`__hash__`, `__ne__`, `__metaclass__`...), told from the text before the statements are read.
  if (!body.text.includes(name)) return undefined;
  let found: Node | undefined;
  for (const statement of body.namedChildren) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    const defines = definition?.type === 'function_definition' || definition?.type === 'class_definition'
      ? definition.childForFieldName('name')?.text === name
      : assignedNames(statement).includes(name);
    if (defines) found = statement;
  }
  return found;
}

/** The function a class-body statement defines (looking through decorators), if any. */
export function functionOf(statement: Node): Node | undefined {
  return definedFunction(statement);
}

/** The class names the bases, other than `object`: its `!=` and hash may come from there. */
export function hasRealBases(cls: Node): boolean {
  const bases = cls.childForFieldName('superclasses');
  return !!bases && bases.namedChildren.some((b) => b.text !== 'object');
}

/**
 * Python 2 makes a class without bases old-style, unless its body or the module sets `__metaclass__`.
 * Old-style classes differ in hashing, `!=` and special-method lookup.
 */
export function isOldStyleClass(cls: Node, moduleSetsMetaclass: boolean): boolean {
  const bases = cls.childForFieldName('superclasses');
  if (bases && bases.namedChildren.length > 0) return false;
  if (moduleSetsMetaclass) return false;
  const body = cls.childForFieldName('body');
  return !body || !classDefines(body, '__metaclass__');
}

/** Whether the module sets `__metaclass__` at its top level (Python 2 then makes bases-less classes of that type). */
export function moduleSetsMetaclass(root: Node, text: string): boolean {
  if (!text.includes('__metaclass__')) return false;
  return root.namedChildren.some((statement) => assignedNames(statement).includes('__metaclass__'));
}

/** The whitespace before a statement that starts its own line, or undefined (`class C: x = 1; y = 2`). */
export function lineIndent(text: string, statement: Node): string | undefined {
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = text.slice(lineStart, statement.startIndex);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/** Inserts `line` (at the statement's indentation) after the statement's last line, keeping a trailing comment with the statement. */
export function insertLineAfter(text: string, statement: Node, line: string): TextEdit | undefined {
  const indent = lineIndent(text, statement);
  if (indent === undefined) return undefined;
  let at = text.indexOf('\n', statement.endIndex);
  if (at < 0) at = text.length;
  else if (text[at - 1] === '\r') at--;
  return { start: at, end: at, newText: `${dominantEol(text)}${indent}${line}` };
}

/**
 * Removes the lines a statement occupies, when it has them to itself (nothing before it on its first
 * line, only a comment after it on its last). Undefined otherwise.
 */
export function removeStatementLines(text: string, statement: Node): TextEdit | undefined {
  if (lineIndent(text, statement) === undefined) return undefined;
  const start = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  let end = text.indexOf('\n', statement.endIndex);
  end = end < 0 ? text.length : end + 1;
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(text.slice(statement.endIndex, end))) return undefined;
  return { start, end, newText: '' };
}

/** Whether removing these statements would leave the block empty (then it needs `pass`). */
export function leavesBlockEmpty(body: Node, removed: readonly Node[]): boolean {
  const ids = new Set(removed.map((n) => n.id));
  return body.namedChildren.every((statement) => ids.has(statement.id) || statement.type === 'comment');
}
