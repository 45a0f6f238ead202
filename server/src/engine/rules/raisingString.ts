// `raise "message"` (catalog H1): string exceptions, removed in Python 2.6.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { raiseStatement, raiseTokens } from './raiseComma';

const STRING_TYPES = new Set(['string', 'concatenated_string']);

function isStringLiteral(node: Node): boolean {
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) return isStringLiteral(node.firstNamedChild!);
  // A backtick repr is a `string` node in this grammar; it still produces a string.
  return STRING_TYPES.has(node.type);
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
    if (!raiseTokens(keyword, ctx.file.text).mayStartWithString) return;
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
