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
    // The keyword spans its three letters: no `endIndex` call.
    const start = keyword.startIndex;
    found = startsForStatement(file.text, start, start + 3) || inOtherBrackets(file, start) ? null : inTree(keyword);
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
  // Only spaces and tabs before it on its line (character codes: this runs for every `for`).
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 0x0a) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return /:[ \t]*(#.*)?\r?$/.test(text.slice(end, lineEnd));
}

const hasErrors = new WeakMap<SourceFile, boolean>();

/**
 * The innermost bracket left open before the keyword on its line is `(` or `{`: the `for` of a
 * generator expression or a set or dict comprehension. A list comprehension's clauses sit directly
 * in its `[` (what lies between is balanced), so the tree's two `parent` calls are not needed. A
 * quote, `#` or backslash on the line before it (strings may hold brackets), no open bracket on
 * the line, or a tree with errors (where brackets need not match its structure) leave it to the tree.
 */
function inOtherBrackets(file: SourceFile, start: number): boolean {
  const text = file.text;
  let depth = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // \n \r " ' # \ `
    if (c === 0x0a || c === 0x0d || c === 0x22 || c === 0x27 || c === 0x23 || c === 0x5c || c === 0x60) return false;
    if (c === 0x29 || c === 0x5d || c === 0x7d) {
      depth++; // ) ] }
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      // ( [ {
      if (depth-- > 0) continue;
      if (c === 0x5b) return false;
      let errors = hasErrors.get(file);
      if (errors === undefined) hasErrors.set(file, (errors = file.root.hasError));
      return !errors;
    }
  }
  return false;
}
