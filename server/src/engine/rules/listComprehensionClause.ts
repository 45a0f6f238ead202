// Shared by the two rules that start from the `for` of a list comprehension (list-comp-bare-tuple,
// comprehension-escape). `for` is the most frequent keyword in Python code, and nearly every one
// starts a `for` statement, so those are recognised from their line before the tree is asked, and
// the answer is kept for the second rule (LastAnswer).

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

function clauseOf(keyword: Node, file: SourceFile): ComprehensionClause | undefined {
  // The keyword spans its three letters: no `endIndex` call.
  const start = keyword.startIndex;
  return startsForStatement(file.text, start, start + 3) || inOtherBrackets(file, start) ? undefined : inTree(keyword);
}

function inTree(keyword: Node): ComprehensionClause | undefined {
  const clause = keyword.parent;
  const comprehension = clause?.type === 'for_in_clause' ? clause.parent : undefined;
  return clause && comprehension?.type === 'list_comprehension' ? { clause, comprehension } : undefined;
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
  return endsWithColon(text, end, lineEnd);
}

/**
 * `/:[ \t]*(#.*)?\r?$/.test(text.slice(from, to))` without the slice and the regular expression: a
 * `:`, then spaces and tabs, then maybe a comment running to the end (`.` matches no \r, \u2028 or
 * \u2029), then maybe one \r.
 */
function endsWithColon(text: string, from: number, to: number): boolean {
  let end = to;
  if (end > from && text.charCodeAt(end - 1) === 0x0d) end--;
  // Without a comment: the last character before trailing blanks is the colon.
  let i = end - 1;
  while (i >= from && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i >= from && text.charCodeAt(i) === 0x3a) return true;
  // With one: a `#` after the colon and its blanks, with no line terminator after it.
  let lastTerminator = from - 1;
  for (let k = end - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0d || c === 0x2028 || c === 0x2029) {
      lastTerminator = k;
      break;
    }
  }
  for (let hash = text.indexOf('#', lastTerminator + 1); hash >= 0 && hash < end; hash = text.indexOf('#', hash + 1)) {
    let k = hash - 1;
    while (k >= from && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
    if (k >= from && text.charCodeAt(k) === 0x3a) return true;
  }
  return false;
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
