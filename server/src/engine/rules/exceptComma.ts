import type { Node, Tree } from 'web-tree-sitter';
import { LastAnswer } from '../lastAnswer';
import type { Fix, Rule } from '../types';
import { topLevelComma } from './printStatement';

export const exceptComma: Rule = {
  id: 'except-comma',
  category: 'syntax',
  severity: 'error',
  summary: '`except E, name:` is Python 2-only; use `except E as name:`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `except` clauses that bind the exception with a comma (`except E, e:`, `except (A, B), e:`). It also points out `except A, B:` where `B` looks like an exception class: that binds the caught `A` to the name `B`, it does not catch `B`.',
    whyItBreaks: 'Python 3 only accepts `except E as e:`; the comma form is a SyntaxError. Python 2.6+ accepts `as` with the same meaning.',
    example: 'try:\n    f()\nexcept (IOError, OSError), e:\n    print(e)',
    useInstead: 'try:\n    f()\nexcept (IOError, OSError) as e:\n    print(e)',
    fixSafety: 'Safe when the name is not used after the handler: Python 3 deletes the `as` name when the handler ends (see `exception-escape`), so the fix is unsafe when the name appears later in the same function. `except A, B:` with a class-like `B` is fixed to `except A as B:`, which keeps what Python 2 did (rebind `B`) but is almost certainly a bug, so that fix is unsafe: you probably meant `except (A, B):`.',
  },
  // A `,` directly under except_clause only occurs in the Python 2 form (a tuple of classes keeps its commas inside a `tuple`).
  keywords: ['except'],
  onKeyword(keyword, ctx) {
    const form = commaExceptClause(keyword, ctx.file.text);
    if (!form) return;
    const { clause, type, target: rawTarget } = form;
    const target = unwrapParens(rawTarget);
    if (target.type !== 'identifier') return; // other targets are except-unpacking's
    const name = target.text;
    const edits = [{ start: type.endIndex, end: rawTarget.endIndex, newText: ` as ${name}` }];
    const start = clause.startIndex;
    const end = rawTarget.endIndex;
    if (looksLikeExceptionClass(name)) {
      const fix: Fix = { title: `Replace \`,\` with \`as\` (keeps binding the exception to \`${name}\`)`, safety: 'unsafe', edits };
      ctx.report({
        start, end,
        message: `\`except ${type.text}, ${name}:\` does not catch \`${name}\`: Python 2 binds the caught exception to the name \`${name}\`; Python 3 needs \`except ${type.text} as ${name}:\` for that, or \`except (${type.text}, ${name}):\` to catch both`,
        fixes: { py3: fix, compat: fix },
      });
      return;
    }
    const usedLater = isUsedAfter(clause, name, ctx.file.text);
    const fix: Fix = { title: 'Replace `,` with `as`', safety: usedLater ? 'unsafe' : 'safe', edits };
    ctx.report({
      start, end,
      message: `\`except ${type.text}, ${name}:\` is Python 2-only; use \`except ${type.text} as ${name}:\`` +
        (usedLater ? ` (Python 3 unbinds \`${name}\` when the handler ends, and it is used later)` : ''),
      fixes: { py3: fix, compat: fix },
    });
  },
};

export interface CommaExceptClause {
  clause: Node;
  /** The caught class(es) and the target after the comma: the clause's two `value` fields. */
  type: Node;
  target: Node;
}

// except-comma and except-unpacking both start from every `except` keyword.
const lastExcept = new LastAnswer<CommaExceptClause | undefined, string>();

/** The clause of `except E, target:` that this `except` keyword begins, or undefined for any other form. */
export function commaExceptClause(keyword: Node, text: string): CommaExceptClause | undefined {
  return lastExcept.get(keyword, text, commaExceptClauseOf);
}

function commaExceptClauseOf(keyword: Node, text: string): CommaExceptClause | undefined {
  // Most clauses (`except E:`, `except (A, B) as e:`) have no comma outside brackets on their
  // line: the tokens say so without the tree's `parent` (a walk down from the root). Text that
  // does not scan cleanly (an unclosed string or bracket) is left to the tree.
  const clause = topLevelComma(text, keyword.startIndex + 'except'.length) !== false ? keyword.parent : null;
  if (clause?.type !== 'except_clause') return undefined;
  const values = clause.childrenForFieldName('value');
  // Only the Python 2 form has a comma among the clause's own tokens.
  if (values.length === 2 && clause.children.some((c) => c?.type === ',')) return { clause, type: values[0], target: values[1] };
  return undefined;
}

function unwrapParens(node: Node): Node {
  let inner = node;
  while (inner.type === 'parenthesized_expression' && inner.namedChildCount === 1 && inner.firstNamedChild) inner = inner.firstNamedChild;
  return inner;
}

/** CamelCase (`ValueError`, `KeyboardInterrupt`) or an exception-like suffix: names nobody picks for the caught instance. */
export function looksLikeExceptionClass(name: string): boolean {
  return /^_*[A-Z][a-z]/.test(name) || /(Error|Exception|Warning)$/.test(name);
}

/**
 * Whether `name` appears after the handler in the enclosing function (or module), outside later handlers that bind it again.
 * Text-based and conservative: a mention in a comment or string also counts.
 */
function isUsedAfter(clause: Node, name: string, text: string): boolean {
  // One `parent` call per level: each walks down from the root.
  let scope: Node = clause;
  for (let type = scope.type; type !== 'function_definition' && type !== 'lambda'; type = scope.type) {
    const parent = scope.parent;
    if (!parent) break;
    scope = parent;
  }
  const from = clause.endIndex;
  const to = scope.endIndex;
  // The search runs over the scope only: on the whole text, a name with no later mention (or only
  // beyond the function) costs a scan to the end of the file, for every handler. The piece keeps
  // the character before `from` and after the last possible match, which the lookarounds read.
  const offset = from - 1;
  const scopeText = text.slice(offset, Math.min(text.length, to + name.length + 1));
  const word = namePattern(name);
  word.lastIndex = 1;
  let rebinding: { start: number; end: number }[] | undefined;
  for (let match = word.exec(scopeText); match && match.index + offset < to; match = word.exec(scopeText)) {
    rebinding ??= handlersIn(scope)
      .filter((other) => other.start >= from && boundName(other) === name)
      .map((other) => ({ start: other.start, end: other.end }));
    const at = match.index + offset;
    if (!rebinding.some((r) => at >= r.start && at < r.end)) return true;
  }
  return false;
}

// The names handlers bind are few (`e`, `err`, `exc`...): each pattern is compiled once.
const namePatterns = new Map<string, RegExp>();

function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) namePatterns.set(name, (pattern = new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g')));
  return pattern;
}

interface Handler {
  clause: Node;
  start: number;
  end: number;
  /** The name the clause binds (null: none), worked out when first asked. */
  binds?: string | null;
}

/** Per tree: scope node id -> the except clauses in that scope. */
const handlersByScope = new WeakMap<Tree, Map<number, Handler[]>>();

/**
 * The except clauses in a scope, listed once per scope: several handlers of one function (or of
 * the module) each ask, and each listing walks the whole scope.
 */
function handlersIn(scope: Node): Handler[] {
  let byScope = handlersByScope.get(scope.tree);
  if (!byScope) handlersByScope.set(scope.tree, (byScope = new Map()));
  let handlers = byScope.get(scope.id);
  if (!handlers) {
    handlers = scope.descendantsOfType('except_clause')
      .filter((clause) => clause !== null)
      .map((clause) => ({ clause, start: clause.startIndex, end: clause.endIndex }));
    byScope.set(scope.id, handlers);
  }
  return handlers;
}

function boundName(handler: Handler): string | null {
  if (handler.binds === undefined) {
    const values = handler.clause.childrenForFieldName('value');
    const pattern = values[0];
    handler.binds = values.length === 2
      ? unwrapParens(values[1]).text
      : pattern?.type === 'as_pattern' ? pattern.childForFieldName('alias')?.text ?? null : null;
  }
  return handler.binds;
}
