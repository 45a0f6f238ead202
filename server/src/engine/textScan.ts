// Finding rare tokens by scanning the text, then asking the tree what each hit is.
//
// A query pattern on a common node type with a text predicate (`(integer) (#match? ...)`) hands
// every such node in the file to JS to test the predicate; a regular expression over the text
// finds the few hits first, and one `descendantForIndex` call per hit says whether it is code.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from './sourceFile';

export interface TextHit {
  start: number;
  end: number;
  /** The smallest node covering the hit. */
  node: Node;
}

/** Each match of `pattern` (which must have the `g` flag) with the node covering it. */
export function* textHits(file: SourceFile, pattern: RegExp): Generator<TextHit> {
  if (!pattern.global) throw new Error('textHits needs a global regular expression');
  pattern.lastIndex = 0;
  for (let match = pattern.exec(file.text); match; match = pattern.exec(file.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = match.index;
    const end = start + match[0].length;
    const node = file.root.descendantForIndex(start, end);
    if (node) yield { start, end, node };
  }
}

/** The hits that are exactly one node of the given type (an `integer` literal, a `string_start` token...). */
export function* exactNodes(file: SourceFile, pattern: RegExp, type: string): Generator<Node> {
  for (const hit of textHits(file, pattern)) {
    if (hit.node.type === type && hit.node.startIndex === hit.start && hit.node.endIndex === hit.end) yield hit.node;
  }
}

/**
 * True when a `#` precedes `at` on its line with no quote or brace before `at`: the `#` starts a
 * comment, or it lies in the content of a string opened on an earlier line that the line does not
 * close. Either way the text at `at` is not code. False says nothing (also past 256 characters, so
 * that a long line costs no more than a lookup).
 */
export function inCommentOnItsLine(text: string, at: number): boolean {
  let hash = false;
  const stop = at - 257;
  for (let i = at - 1; i >= 0; i--) {
    if (i === stop) return false;
    const c = text.charCodeAt(i);
    if (c === 0x0a) return hash; // \n
    if (c === 0x23) hash = true; // #
    else if (c === 0x22 || c === 0x27 || c === 0x7b || c === 0x0d) return false; // " ' { \r
  }
  return hash;
}

/** [A-Za-z0-9_], what `\b` takes for a word character; false for NaN (before the start or past the end). */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
