// Code that tree-sitter parses cleanly but Python 2 rejects: Python 3-only syntax, or a misplaced
// or unknown `from __future__` import. Such a file is not Python 2 source, so `fix` leaves it alone
// rather than rewrite it on the assumption that it is (the design's "does not parse even as
// Python 2: nothing is written"). The forms py3migrate's own py3 fixes write are not reported,
// so a file converted rule by rule can be fixed again: `print(x, file=f)` (a Python 2
// SyntaxError without the future import) and `class C(B, metaclass=M)`.
// (A BOM beside a cookie other than 'utf-8' is decodeSource's to refuse.)

import type { Node, Query } from 'web-tree-sitter';
import { compileQuery, type SourceFile } from '../engine';

export interface Python2Problem {
  /** UTF-16 offset into the text. */
  start: number;
  message: string;
  /** 'future': invalid on Python 2 and 3 alike; 'py3-syntax': Python 3-only syntax. */
  kind: 'future' | 'py3-syntax';
}

// Every feature Python 2.7's __future__ knows; anything else is a SyntaxError there.
const PY2_FUTURE_FEATURES = new Set(['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals']);

// Python 3-only syntax, as tree-sitter-python names it; each capture name keys a message.
// Not `await`: Python 2 code may call a function of that name (`await(x)`, which tree-sitter reads
// as an await expression), and a real `await` only occurs inside `async def`, reported already.
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
(function_definition "async" @async)
(raise_statement cause: (_) @raise-from)
(yield "from" @yield-from)
(dictionary (dictionary_splat) @dict-unpacking)
(ellipsis) @ellipsis
((string_start) @f-string (#match? @f-string "^[rRbBuU]?[fF]"))
(future_import_statement) @future
`;

const MESSAGES: Record<string, string> = {
  nonlocal: '`nonlocal` is Python 3-only syntax',
  annotation: 'a parameter annotation is Python 3-only syntax',
  'return-annotation': 'a return annotation is Python 3-only syntax',
  'keyword-only': 'keyword-only parameters (`*,`) are Python 3-only syntax',
  'starred-target': 'a starred assignment target (`a, *b = ...`) is Python 3-only syntax',
  walrus: 'an assignment expression (`:=`) is Python 3-only syntax',
  async: '`async def` is Python 3-only syntax',
  'raise-from': '`raise ... from ...` is Python 3-only syntax',
  'yield-from': '`yield from` is Python 3-only syntax',
  'dict-unpacking': '`**` unpacking in a dict display is Python 3-only syntax',
  ellipsis: '`...` outside a subscript is Python 3-only syntax',
  'f-string': 'an f-string is Python 3-only syntax',
};

let query: Query | undefined;

/** The first problem of each kind, if any. */
export function python2Problems(file: SourceFile): { future?: Python2Problem; py3Syntax?: Python2Problem } {
  const found: { future?: Python2Problem; py3Syntax?: Python2Problem } = {};
  query ??= compileQuery(PY3_ONLY_QUERY);
  const leadingFutures = leadingFutureImports(file);
  for (const { name, node } of query.captures(file.root)) {
    if (name === 'future') {
      found.future ??= futureProblem(node, leadingFutures);
    } else if (!found.py3Syntax && !(name === 'ellipsis' && insideSubscript(node))) {
      found.py3Syntax = { start: node.startIndex, message: MESSAGES[name] ?? `${name} is Python 3-only syntax`, kind: 'py3-syntax' };
    }
    if (found.future && found.py3Syntax) break;
  }
  return found;
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

function futureProblem(node: Node, leading: ReadonlySet<number>): Python2Problem | undefined {
  if (!leading.has(node.startIndex)) {
    return { start: node.startIndex, message: '`from __future__` imports must come first in the file', kind: 'future' };
  }
  for (const child of node.childrenForFieldName('name')) {
    const feature = (child.type === 'aliased_import' ? child.childForFieldName('name') : child)?.text ?? '';
    if (feature === 'braces') return { start: child.startIndex, message: '`from __future__ import braces`: not a chance', kind: 'future' };
    if (!PY2_FUTURE_FEATURES.has(feature)) {
      return { start: child.startIndex, message: `future feature \`${feature}\` is not defined in Python 2`, kind: 'future' };
    }
  }
  return undefined;
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
