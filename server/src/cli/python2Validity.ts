// Code that tree-sitter parses cleanly but Python 2 rejects: Python 3-only syntax, misplaced or
// unknown `from __future__` imports, a BOM beside a coding cookie Python 2 does not accept.
// Such a file is not Python 2 source, so `fix` leaves it alone rather than rewrite it on the
// assumption that it is (the design's "does not parse even as Python 2: nothing is written").

import type { Node, Query } from 'web-tree-sitter';
import { compileQuery, type SourceFile } from '../engine';

export interface Python2Problem {
  /** UTF-16 offset into the text. */
  start: number;
  message: string;
}

// Every feature Python 2.7's __future__ knows; anything else is a SyntaxError there.
const PY2_FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals']);

// Python 3-only syntax, as tree-sitter-python names it. Each capture name is the message.
const PY3_ONLY_QUERY = `
(nonlocal_statement) @nonlocal
(typed_parameter) @annotation
(typed_default_parameter) @annotation
(function_definition return_type: (_) @return-annotation)
(keyword_separator) @keyword-only
(pattern_list (list_splat_pattern) @starred-target)
(tuple_pattern (list_splat_pattern) @starred-target)
(list_pattern (list_splat_pattern) @starred-target)
(named_expression) @walrus
(await) @await
(function_definition "async" @async)
(raise_statement cause: (_) @raise-from)
(yield "from" @yield-from)
(dictionary (dictionary_splat) @dict-unpacking)
(ellipsis) @ellipsis
((string_start) @f-string (#match? @f-string "^[rRbBuU]?[fF]"))
(call function: (identifier) @print-keyword arguments: (argument_list (keyword_argument)) (#eq? @print-keyword "print"))
(future_import_statement) @future
`;

const MESSAGES: Record<string, string> = {
  nonlocal: '`nonlocal` is Python 3-only syntax',
  annotation: 'a parameter annotation is Python 3-only syntax',
  'return-annotation': 'a return annotation is Python 3-only syntax',
  'keyword-only': 'keyword-only parameters (`*,`) are Python 3-only syntax',
  'starred-target': 'a starred assignment target (`a, *b = ...`) is Python 3-only syntax',
  walrus: 'an assignment expression (`:=`) is Python 3-only syntax',
  await: '`await` is Python 3-only syntax',
  async: '`async def` is Python 3-only syntax',
  'raise-from': '`raise ... from ...` is Python 3-only syntax',
  'yield-from': '`yield from` is Python 3-only syntax',
  'dict-unpacking': '`**` unpacking in a dict display is Python 3-only syntax',
  ellipsis: '`...` outside a subscript is Python 3-only syntax',
  'f-string': 'an f-string is Python 3-only syntax',
  'print-keyword': '`print()` with keyword arguments is a Python 2 SyntaxError without `from __future__ import print_function`',
};

let query: Query | undefined;

export function python2Problems(file: SourceFile, limit = 1): Python2Problem[] {
  const problems: Python2Problem[] = [];
  query ??= compileQuery(PY3_ONLY_QUERY);
  const leadingFutures = leadingFutureImports(file);
  for (const { name, node } of query.captures(file.root)) {
    if (problems.length >= limit) break;
    if (name === 'future') {
      problems.push(...futureProblems(node, leadingFutures));
      continue;
    }
    if (name === 'ellipsis' && insideSubscript(node)) continue;
    if (name === 'print-keyword' && file.futureFeatures.has('print_function')) continue;
    problems.push({ start: node.startIndex, message: MESSAGES[name] ?? `${name} is Python 3-only syntax` });
  }
  return problems.slice(0, limit);
}

/** Python 2 accepts a BOM only beside a cookie its tokenizer normalises to exactly "utf-8". */
export function python2EncodingProblem(bytes: Uint8Array): string | undefined {
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return undefined;
  const head = Buffer.from(bytes.subarray(3, 1024)).toString('latin1').split(/\r\n|\r|\n/, 2);
  for (const line of head) {
    const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (cookie) {
      const name = cookie[1].toLowerCase().replace(/_/g, '-');
      if (name === 'utf-8' || name.startsWith('utf-8-')) return undefined;
      return `Python 2 rejects a UTF-8 BOM beside the coding cookie '${cookie[1]}' (it accepts only 'utf-8' there)`;
    }
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
  }
  return undefined;
}

/** The `from __future__` statements Python 2 accepts: at module level, before any other statement. */
function leadingFutureImports(file: SourceFile): Set<number> {
  const allowed = new Set<number>();
  let first = true;
  for (const statement of file.root.namedChildren) {
    if (statement.type === 'comment') continue;
    // Only the module's first statement can be its docstring: a second string is code.
    if (statement.type === 'future_import_statement') allowed.add(statement.startIndex);
    else if (!(first && isDocstring(statement))) break;
    first = false;
  }
  return allowed;
}

function futureProblems(node: Node, leading: ReadonlySet<number>): Python2Problem[] {
  if (!leading.has(node.startIndex)) {
    return [{ start: node.startIndex, message: '`from __future__` imports must come first in the file (Python 2 SyntaxError)' }];
  }
  for (const child of node.childrenForFieldName('name')) {
    const feature = (child.type === 'aliased_import' ? child.childForFieldName('name') : child)?.text ?? '';
    if (feature === 'braces') return [{ start: child.startIndex, message: '`from __future__ import braces`: not a chance (Python 2 SyntaxError)' }];
    if (!PY2_FUTURE_FEATURES.has(feature)) {
      return [{ start: child.startIndex, message: `future feature \`${feature}\` is not defined in Python 2` }];
    }
  }
  return [];
}

function isDocstring(statement: Node): boolean {
  return statement.type === 'expression_statement' && statement.namedChildCount === 1 &&
    (statement.firstNamedChild?.type === 'string' || statement.firstNamedChild?.type === 'concatenated_string');
}

function insideSubscript(node: Node): boolean {
  // Python 2 allows `...` only as (part of) a subscript: x[...], x[..., 0], x[1:2, ...].
  let at: Node | null = node.parent;
  while (at && (at.type === 'tuple' || at.type === 'expression_list' || at.type === 'slice')) at = at.parent;
  return at?.type === 'subscript';
}
