// Shared by the two rules that start from the `for` of a list comprehension (list-comp-bare-tuple,
// comprehension-escape). `for` is the most frequent keyword in Python code, and nearly every one
// starts a `for` statement: those are recognised from their line (mayStartComprehensionClause, both
// rules' keywordMayConcern) and never reach the rules. For the rest the answer is kept for the
// second rule (LastAnswer).

import type { Node } from 'web-tree-sitter';
import { LastAnswer } from '../lastAnswer';
import type { SourceFile } from '../sourceFile';

export interface ComprehensionClause {
  clause: Node;
  comprehension: Node;
}

const lastFor = new LastAnswer<ComprehensionClause | undefined, SourceFile>();

/** The `for ... in ...` clause this keyword starts, when it is part of a list comprehension. */
export function listComprehensionClause(keyword: Node, file: SourceFile): ComprehensionClause | undefined {
  return lastFor.get(keyword, file, clauseOf);
}

/**
 * False for a `for` that starts a `for` statement's header, which the text shows: the two rules'
 * keywordMayConcern, so the engine does not look those up in the tree.
 */
export function mayStartComprehensionClause(text: string, keywordStart: number): boolean {
  return !startsForStatement(text, keywordStart, keywordStart + 3);
}

function clauseOf(keyword: Node, file: SourceFile): ComprehensionClause | undefined {
  // A statement's header was ruled out by the dispatch; had it not been, inTree would answer the same.
  return inOtherBrackets(file, keyword.startIndex) ? undefined : inTree(keyword);
}

function inTree(keyword: Node): ComprehensionClause | undefined {
  const clause = keyword.parent;
  const comprehension = clause?.type === 'for_in_clause' ? clause.parent : undefined;
  return clause && comprehension?.type === 'list_comprehension' ? { clause, comprehension } : undefined;
}

/**
 * `for` first on its line, and the line's code ends with a colon outside any bracket the line
 * opened: a `for` statement's header. In a comprehension clause that colon would belong to a
 * slice or dict left open at the line's end (`for a in b[1:`), to a comment (`# note:`), or to a
 * lambda: none of those is a header, and each is left to the tree, as is any line with a string
 * (it may hold brackets, colons or `#`), a backslash, or a bracket it closes but did not open.
 */
function startsForStatement(text: string, start: number, end: number): boolean {
  // Only spaces and tabs before it on its line (character codes: this runs for every `for`).
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 0x0a) return false;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return headerColonEndsLine(text, end, lineEnd);
}

/**
 * The code in [from, to) (the rest of a line) ends with a colon at bracket depth 0, and the depth
 * never dips below 0. Blanks and a trailing comment aside; a \r ends the line only before the \n.
 */
function headerColonEndsLine(text: string, from: number, to: number): boolean {
  let depth = 0;
  let last = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    if (c === 0x23) break; // # starts the comment
    // " ' \ `, and a \r that is not the line's last character (a lone \r ends a line for Python)
    if (c === 0x22 || c === 0x27 || c === 0x5c || c === 0x60 || (c === 0x0d && i !== to - 1)) return false;
    if (c === 0x28 || c === 0x5b || c === 0x7b) depth++; // ( [ {
    else if ((c === 0x29 || c === 0x5d || c === 0x7d) && --depth < 0) return false; // ) ] }
    else if (c === 0x6c && text.startsWith('lambda', i) && !isWordCode(text.charCodeAt(i - 1)) && !isWordCode(text.charCodeAt(i + 6))) return false;
    if (c !== 0x0d) last = c;
  }
  // A comment runs to the \n: a \r, \u2028 or \u2029 in it is left to the tree, which may end the comment there.
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x0d && i !== to - 1) || c === 0x2028 || c === 0x2029) return false;
  }
  return last === 0x3a && depth === 0;
}

function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
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
