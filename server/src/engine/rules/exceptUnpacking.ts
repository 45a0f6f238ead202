import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import type { Fix, Rule } from '../types';
import { commaExceptClause } from './exceptComma';

// Every exception class Python 2.7 defines as a builtin (`dir(exceptions)`). None of them
// overrides `__getitem__`/`__iter__`, so unpacking an instance yields exactly its `args`.
const BUILTIN_EXCEPTIONS = new Set([
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError', 'BytesWarning',
  'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
  'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError',
  'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
  'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
  'StandardError', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
  'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
  'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
]);

const UNPACKING_TARGETS = new Set(['tuple', 'list', 'tuple_pattern', 'list_pattern']);
const STORE_TARGETS = new Set(['attribute', 'subscript']);

export const exceptUnpacking: Rule = {
  id: 'except-unpacking',
  category: 'syntax',
  severity: 'error',
  summary: '`except` with a tuple, attribute or subscript target is Python 2-only',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `except` clauses whose target is not a plain name: `except E, (a, b):` unpacks the exception, `except E, self.err:` stores it in an attribute or item.',
    whyItBreaks: 'Python 3 only allows `except E as name:`; any other target is a SyntaxError. Python 2 assigned the caught instance to the target, and unpacking an exception iterated it, which yields its `args`.',
    example: 'try:\n    open(path)\nexcept IOError, (errno, strerror):\n    print(strerror)\nexcept OSError, self.error:\n    pass',
    useInstead: 'try:\n    open(path)\nexcept IOError as _e:\n    (errno, strerror) = _e.args\n    print(strerror)\nexcept OSError as _e:\n    self.error = _e\n    pass',
    fixSafety: 'The fix binds the exception to a fresh name that the file does not use and assigns the old target as the first statement of the handler. Storing into an attribute or item is safe. Unpacking becomes `= _e.args`, which is what iterating a Python 2 exception gives unless its class overrides `__getitem__` or `__iter__`: the fix is safe when every caught class is a builtin exception, unsafe for other classes.',
  },
  keywords: ['except'],
  onKeyword(keyword, ctx) {
    const form = commaExceptClause(keyword, ctx.file.text);
    if (!form || form.type.isMissing || form.target.isMissing) return;
    const { clause, type, target: rawTarget } = form;
    const target = unwrapParens(rawTarget);
    const unpacks = UNPACKING_TARGETS.has(target.type);
    if (!unpacks && !STORE_TARGETS.has(target.type)) return; // a name is except-comma's; anything else is not valid Python 2
    const text = ctx.file.text;
    const message = unpacks
      ? `\`except ${type.text}, ${rawTarget.text}:\` unpacks the exception, which Python 3 cannot do`
      : `\`except ${type.text}, ${rawTarget.text}:\` stores the exception in a target Python 3 cannot bind`;

    const body = clause.namedChildren.find((child) => child?.type === 'block');
    const first = body?.namedChildren.find((child) => child !== null && child.type !== 'comment');
    if (!first) {
      ctx.report({ start: clause.startIndex, end: rawTarget.endIndex, message });
      return;
    }
    const temp = freshName(text);
    const assignment = `${rawTarget.text} = ${temp}${unpacks ? '.args' : ''}`;
    const lineStart = text.lastIndexOf('\n', first.startIndex - 1) + 1;
    const indent = text.slice(lineStart, first.startIndex);
    // A body on the `except` line (`except E, (a, b): f(a)`) takes the assignment as its first simple statement.
    const before = /^[ \t]*$/.test(indent) ? `${assignment}${eolBefore(text, lineStart)}${indent}` : `${assignment}; `;
    const safe = !unpacks || caughtClasses(type).every((name) => BUILTIN_EXCEPTIONS.has(name) && !isLocallyBound(ctx.file, name));
    const fix: Fix = {
      title: unpacks ? `Bind the exception to \`${temp}\` and unpack \`${temp}.args\`` : `Bind the exception to \`${temp}\` and assign it to \`${rawTarget.text}\``,
      safety: safe ? 'safe' : 'unsafe',
      edits: [
        { start: type.endIndex, end: rawTarget.endIndex, newText: ` as ${temp}` },
        { start: first.startIndex, end: first.startIndex, newText: before },
      ],
    };
    ctx.report({ start: clause.startIndex, end: rawTarget.endIndex, message, fixes: { py3: fix, compat: fix } });
  },
};

function unwrapParens(node: Node): Node {
  let inner = node;
  while (inner.type === 'parenthesized_expression' && inner.namedChildCount === 1 && inner.firstNamedChild) inner = inner.firstNamedChild;
  return inner;
}

/** Names of the caught classes; anything that is not a plain name (`socket.error`) comes back as its text and is not a builtin. */
function caughtClasses(type: Node): string[] {
  const inner = unwrapParens(type);
  if (inner.type === 'tuple') return inner.namedChildren.flatMap((child) => (child ? caughtClasses(child) : []));
  return [inner.text];
}

/** `_e`, or `_e2`, `_e3`, ... : a name that appears nowhere in the file, so it cannot shadow or be shadowed. */
function freshName(text: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? '_e' : `_e${n}`;
    if (!new RegExp(`(?<!\\w)${name}(?!\\w)`).test(text)) return name;
  }
}

function eolBefore(text: string, lineStart: number): string {
  return text[lineStart - 2] === '\r' ? '\r\n' : '\n';
}
