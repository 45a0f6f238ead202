import type { Node } from 'web-tree-sitter';
import { LastAnswer } from '../lastAnswer';
import type { Fix, FixSafety, Rule } from '../types';
import { looksLikeExceptionClass } from './exceptComma';
import { topLevelComma } from './printStatement';

type Safety = Exclude<FixSafety, 'manual'>;

// Python 2 `raise E, V` instantiates `E(V)`, or `E(*V)` when V is a tuple, unless V is already an
// instance of E, which it raises as is. For a literal V that cannot be an exception instance,
// `E(...)` is exactly what Python 2 did; for a name or a call it may not be.
const LITERALS = new Set(['string', 'concatenated_string', 'integer', 'float', 'list', 'dictionary', 'set', 'true', 'false']);
const PRIMARY = new Set(['identifier', 'attribute', 'subscript', 'call', 'parenthesized_expression']);

export const raiseComma: Rule = {
  id: 'raise-comma',
  category: 'syntax',
  severity: 'error',
  summary: '`raise E, V` is Python 2-only; use `raise E(V)`',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags the two- and three-argument forms of `raise`: `raise E, V` and `raise E, V, T`.',
    whyItBreaks: 'Python 3 only accepts `raise E(V)`; the comma forms are a SyntaxError. Python 2 built the exception as `E(V)`, `E(*V)` for a tuple `V`, or `E()` for `None`, and raised `V` itself when it was already an instance of `E`. A traceback `T` is attached with `.with_traceback(T)` in Python 3; code that must run on both uses `six.reraise(E, V, T)`.',
    example: 'raise ValueError, "bad value"\nraise KeyError, (key, 1)\nraise ValueError, "again", tb',
    useInstead: 'raise ValueError("bad value")\nraise KeyError(key, 1)\nraise ValueError("again").with_traceback(tb)  # py3\nsix.reraise(ValueError, ValueError("again"), tb)  # compat',
    fixSafety: 'Safe when `V` is a literal, a string formatted with `%`, a tuple display or `None`: it cannot be an exception instance, so `E(V)` is what Python 2 built. Unsafe when `V` is a name, call or other expression: if it holds an instance of `E` at run time, Python 2 raised it unchanged while `E(V)` wraps it, and if it holds a tuple Python 2 unpacked it. The compat three-argument form `six.reraise(E, V, T)` is exactly Python 2\'s `raise E, V, T` on 2.7, but on Python 3 needs `V` to be an instance; with a literal `V` the fix passes `E(V)`. Python 3 also adds the current frame and any exception being handled to the traceback, which changes only what a traceback shows.',
  },
  keywords: ['raise'],
  onKeyword(keyword, ctx) {
    // Most raises have no comma outside brackets and strings: then the tree need not be asked.
    if (topLevelComma(ctx.file.text, keyword.startIndex + 'raise'.length) === false) return;
    const raise = raiseStatement(keyword);
    const list = raise?.namedChildren.find((c) => c?.type === 'expression_list');
    if (!raise || !list) return;
    const { statement } = raise;
    // Comments and backslash continuations are extras among the children.
    const parts = list.namedChildren.filter((n): n is Node => n !== null && !n.isExtra);
    const commas = list.children.filter((n) => n?.type === ',').length;
    if ((parts.length !== 2 && parts.length !== 3) || commas !== parts.length - 1 || parts.some((p) => p.isMissing)) return;
    const [type, value, traceback] = parts;
    const form = parts.length === 2 ? `raise ${type.text}, ${value.text}` : `raise ${type.text}, ${value.text}, ${traceback.text}`;
    const location = { start: statement.startIndex, end: list.endIndex };

    const exceptionType = unwrapParens(type);
    if (exceptionType.type === 'string' || exceptionType.type === 'concatenated_string' || exceptionType.type === 'tuple') {
      // String exceptions are `raising-string`'s; a tuple raises its first element (recursively): both need a person.
      ctx.report({ ...location, message: `\`${form}\` is Python 2-only and raises ${exceptionType.type === 'tuple' ? 'the first element of a tuple' : 'a string'}; rewrite it by hand` });
      return;
    }
    const E = PRIMARY.has(type.type) ? type.text : `(${type.text})`;
    const v = classifyValue(value);
    // `raise E, V, None` is the two-argument form.
    const tb = traceback && unwrapParens(traceback).type !== 'none' ? traceback : undefined;
    const instance = v.kind === 'none' ? `${E}()` : `${E}(${v.args})`;

    let py3: Fix;
    let compat: Fix;
    if (!tb) {
      const text = v.kind === 'none' ? `raise ${type.text}` : `raise ${instance}`;
      const fix: Fix = { title: `Convert to \`${text}\``, safety: v.safety, edits: [{ start: statement.startIndex, end: list.endIndex, newText: text }] };
      py3 = fix;
      compat = fix;
    } else {
      // With a None value, `E()` (and six.reraise on Python 3) assumes E is a class; Python 2 also accepted an instance there.
      const noneSafety: Safety = looksLikeClass(exceptionType) ? 'safe' : 'unsafe';
      const py3Text = `raise ${instance}.with_traceback(${tb.text})`;
      py3 = {
        title: 'Convert to `raise E(V).with_traceback(T)`',
        safety: v.kind === 'none' ? noneSafety : v.safety,
        edits: [{ start: statement.startIndex, end: list.endIndex, newText: py3Text }],
      };
      // A literal value is passed as `E(V)`, which evaluates E twice: fine for a name or attribute chain only.
      const compatValue = v.kind === 'other' ? value.text : v.kind === 'none' ? 'None' : instance;
      const compatSafety: Safety = v.kind === 'none' ? noneSafety : v.kind === 'other' || !isPlainReference(type) ? 'unsafe' : 'safe';
      compat = {
        title: 'Convert to `six.reraise(E, V, T)`',
        safety: compatSafety,
        edits: [{ start: statement.startIndex, end: list.endIndex, newText: `six.reraise(${type.text}, ${compatValue}, ${tb.text})` }],
        imports: [{ kind: 'import', module: 'six' }],
      };
    }
    const suggestion = tb ? `raise ${instance}.with_traceback(${tb.text})` : v.kind === 'none' ? `raise ${type.text}` : `raise ${instance}`;
    const note = v.safety === 'unsafe' ? `; if \`${value.text}\` may already be an exception instance, raise it directly` : '';
    ctx.report({ ...location, message: `\`${form}\` is Python 2-only; use \`${suggestion}\`${note}`, fixes: { py3, compat } });
  },
};

interface RaiseStatement {
  statement: Node;
  namedChildren: (Node | null)[];
}

// raise-comma and raising-string both start from every `raise` keyword.
const lastRaise = new LastAnswer<RaiseStatement | undefined>();

/** The `raise` statement this keyword begins, with its named children, or undefined. */
export function raiseStatement(keyword: Node): RaiseStatement | undefined {
  return lastRaise.get(keyword, undefined, raiseStatementInTree);
}

function raiseStatementInTree(keyword: Node): RaiseStatement | undefined {
  const statement = keyword.parent;
  return statement?.type === 'raise_statement' ? { statement, namedChildren: statement.namedChildren } : undefined;
}

interface ValueForm {
  kind: 'none' | 'tuple' | 'literal' | 'other';
  /** The argument text for `E(...)`. */
  args: string;
  safety: Safety;
}

function classifyValue(value: Node): ValueForm {
  const inner = unwrapParens(value);
  if (inner.type === 'none') return { kind: 'none', args: '', safety: 'safe' };
  if (inner.type === 'tuple') return { kind: 'tuple', args: inner.text.slice(1, -1), safety: 'safe' };
  if (LITERALS.has(inner.type) || isStringFormatting(inner)) return { kind: 'literal', args: inner.text, safety: 'safe' };
  // A parenthesised name could hold a tuple: Python 2 unpacks that as E(*V).
  return { kind: 'other', args: value.text, safety: 'unsafe' };
}

/** `"..." % x` is a string whatever x is. */
function isStringFormatting(node: Node): boolean {
  if (node.type !== 'binary_operator' || node.childForFieldName('operator')?.type !== '%') return false;
  const left = node.childForFieldName('left');
  if (!left) return false;
  const operand = unwrapParens(left);
  return operand.type === 'string' || operand.type === 'concatenated_string';
}

/** `E`, `mod.E`, `self.failureException`: evaluating it twice does nothing twice. */
function isPlainReference(node: Node): boolean {
  if (node.type === 'identifier') return true;
  const object = node.type === 'attribute' ? node.childForFieldName('object') : null;
  return object !== null && isPlainReference(object);
}

function looksLikeClass(node: Node): boolean {
  const name = node.type === 'attribute' ? node.childForFieldName('attribute')?.text ?? '' : node.type === 'identifier' ? node.text : '';
  return looksLikeExceptionClass(name);
}

function unwrapParens(node: Node): Node {
  let inner = node;
  while (inner.type === 'parenthesized_expression' && inner.namedChildCount === 1 && inner.firstNamedChild) inner = inner.firstNamedChild;
  return inner;
}
