// `raise "message"` (catalog H1): string exceptions, removed in Python 2.6.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { isWordChar } from '../textScan';
import type { Fix, Rule } from '../types';
import { raiseStatement } from './raiseComma';

const STRING_TYPES = new Set(['string', 'concatenated_string']);

function isStringLiteral(node: Node): boolean {
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) return isStringLiteral(node.firstNamedChild!);
  // A backtick repr is a `string` node in this grammar; it still produces a string.
  return STRING_TYPES.has(node.type);
}

/**
 * Whether the expression after `raise` (at `from`) may be a string literal, seen from its first
 * character: nearly every raise (`raise ValueError(...)`, a bare `raise`) is settled without the
 * tree's `parent` (a walk down from the root) and children. Anything unusual is left to the tree.
 */
function mayStartWithString(text: string, from: number): boolean {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0c) {
      i++;
    } else if (c === 0x5c && (text.charCodeAt(i + 1) === 0x0a || text.charCodeAt(i + 1) === 0x0d)) {
      i += text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 2; // a backslash continuation
    } else {
      break;
    }
  }
  const c = text.charCodeAt(i);
  // A bare `raise` (end of line, of file, of statement, or a comment), a list or a dict.
  if (Number.isNaN(c) || c === 0x0a || c === 0x0d || c === 0x3b || c === 0x23 || c === 0x5b || c === 0x7b) return false;
  // A name or a number: a string only when a quote follows directly (tree-sitter takes any run
  // of prefix letters, `ub"..."` too, for a string prefix). A non-ASCII character is left to the tree.
  let j = i;
  while (isWordChar(text.charCodeAt(j))) j++;
  if (j === i) return true; // a quote, `(`, a backtick, ...
  const after = text.charCodeAt(j);
  return after === 0x22 || after === 0x27 || after >= 0x80;
}

export const raisingString: Rule = {
  id: 'raising-string',
  category: 'exceptions',
  severity: 'error',
  summary: 'A string cannot be raised; raise an exception instance',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `raise "message"` and `raise "message", value`.',
    whyItBreaks:
      'String exceptions were removed in Python 2.6: on 2.7 and 3 `raise "message"` raises TypeError ("exceptions must derive from ' +
      'BaseException"), so the intended error never reaches any handler, and `except "message":` never matches.',
    example: 'raise "invalid configuration"',
    useInstead: 'raise ValueError("invalid configuration")  # or a class of your own',
    fixSafety:
      'Unsafe: `raise Exception("...")` raises what the code meant, which is not what 2.7 did (a TypeError); handlers catching ' +
      'TypeError or Exception see a different exception. A specific class is usually better than `Exception`.',
  },
  keywords: ['raise'],
  onKeyword(keyword, ctx) {
    if (!mayStartWithString(ctx.file.text, keyword.startIndex + 'raise'.length)) return;
    const raise = raiseStatement(keyword);
    if (!raise) return;
    const { statement } = raise;
    const first = raise.namedChildren[0];
    if (!first || isInCompatCode(statement)) return;
    if (first.type === 'expression_list') {
      const head = first.namedChildren[0];
      if (head && isStringLiteral(head)) ctx.report({ node: head, message: 'String exceptions were removed in Python 2.6; raise an exception class' });
      return;
    }
    if (!isStringLiteral(first) || first.text.startsWith('`')) return;
    const fix: Fix = {
      title: 'Raise `Exception(...)` with the message',
      safety: 'unsafe',
      edits: [{ start: first.startIndex, end: first.endIndex, newText: `Exception(${first.text})` }],
    };
    ctx.report({ node: first, message: 'String exceptions were removed in Python 2.6: this raises TypeError; raise an exception instance', fixes: { py3: fix, compat: fix } });
  },
};
