// Shared by the two rules that start from the `for` of a list comprehension (list-comp-bare-tuple,
// comprehension-escape). `for` is the most frequent keyword in Python code, and nearly every one
// starts a `for` statement, so those are recognised from their line before the tree is asked, and
// the tree's answer is kept per keyword for the second rule.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';

export interface ComprehensionClause {
  clause: Node;
  comprehension: Node;
}

const byKeyword = new WeakMap<Node, ComprehensionClause | null>();

/** The `for ... in ...` clause this keyword starts, when it is part of a list comprehension. */
export function listComprehensionClause(keyword: Node, file: SourceFile): ComprehensionClause | undefined {
  let found = byKeyword.get(keyword);
  if (found === undefined) {
    found = startsForStatement(file.text, keyword.startIndex, keyword.endIndex) ? null : inTree(keyword);
    byKeyword.set(keyword, found);
  }
  return found ?? undefined;
}

function inTree(keyword: Node): ComprehensionClause | null {
  const clause = keyword.parent;
  const comprehension = clause?.type === 'for_in_clause' ? clause.parent : undefined;
  return clause && comprehension?.type === 'list_comprehension' ? { clause, comprehension } : null;
}

/**
 * `for` first on its line, and the line ends with `:` (a comment aside): a `for` statement's
 * header. A comprehension clause never ends its line with a colon.
 */
function startsForStatement(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, start))) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return /:[ \t]*(#.*)?\r?$/.test(text.slice(end, lineEnd));
}
