// What Python 2 code does with the caught exception instance (catalog H3, H4, H5): index it, read
// `.message`, or use its name after the handler.

import type { Node } from 'web-tree-sitter';
import { isBindingOccurrenceAmong, isInCompatCode, isTopLevelStatement, nextNameIn } from '../context';
import { inCommentOnItsLine, isWordChar } from '../textScan';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext } from '../types';


/** The name an `except E as e:` / `except E, e:` handler binds, and the caught type expression. */
export function handlerBinding(clause: Node): { name: Node; caught: Node } | undefined {
  const values = clause.childrenForFieldName('value');
  if (values.length === 2 && values[1].type === 'identifier') return { name: values[1], caught: values[0] };
  if (values.length === 1 && values[0].type === 'as_pattern') {
    const target = values[0].childForFieldName('alias')?.firstNamedChild;
    const caught = values[0].firstNamedChild;
    if (target?.type === 'identifier' && caught) return { name: target, caught };
  }
  return undefined;
}

function handlerBody(clause: Node): Node | undefined {
  return clause.namedChildren.find((c) => c.type === 'block');
}

const SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'module', 'generator_expression', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension']);

function scopeOf(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (SCOPES.has(p.type)) return p;
  return undefined;
}

/**
 * The ancestors of `node`, nearest first, up to and including `stop` (its nearest scope when
 * `stop` is undefined), and whether a scope lies strictly between: one walk up (each step ~1.5 µs)
 * answers the parent, the scope and isBindingOccurrence.
 */
function ancestorsUpTo(node: Node, stop?: Node, file?: SourceFile): { ancestors: Node[]; scope: Node | undefined } {
  const ancestors: Node[] = [];
  let scope: Node | undefined;
  const wellFormed = !!file && !file.root.hasError;
  for (let p = node.parent; p; p = p.parent) {
    ancestors.push(p);
    if (stop && p.id === stop.id) break;
    const type = p.type;
    if (!scope && SCOPES.has(type)) {
      scope = p;
      if (!stop) break;
    }
    // Without `stop`: the module's own statement, whose parent is the module.
    if (!stop && file && isTopLevelStatement(p, type, file.text, wellFormed)) return { ancestors, scope: file.root };
  }
  return { ancestors, scope };
}

/**
 * The uses of the handler's name inside its body that still mean the exception: none when the body
 * rebinds the name, and none inside nested functions or classes.
 */
function usesInHandler(clause: Node, name: string, file: SourceFile): Node[] {
  const body = handlerBody(clause);
  if (!body) return [];
  const text = file.text;
  const end = body.endIndex;
  const uses: Node[] = [];
  // The identifiers spelled `name` in the body, in order, found in the text (every identifier is a
  // whole word there); a dot before stays in, as `e.args` holds an identifier too.
  for (let at = text.indexOf(name, body.startIndex); at >= 0 && at + name.length <= end; at = text.indexOf(name, at + 1)) {
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + name.length))) continue;
    // A mention in a comment, seen from its line without asking the tree (~1.4 µs).
    if (inCommentOnItsLine(text, at)) continue;
    const identifier = file.root.descendantForIndex(at, at + name.length);
    if (identifier?.type !== 'identifier' || identifier.startIndex !== at || identifier.endIndex !== at + name.length) continue;
    // Up to the clause: whether a scope of its own (a nested function, class or comprehension)
    // lies between, and the ancestors isBindingOccurrence walks through.
    const { ancestors, scope: nested } = ancestorsUpTo(identifier, clause);
    if (isBindingOccurrenceAmong(identifier, ancestors)) return [];
    const parent = ancestors[0];
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === identifier.id) continue;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === identifier.id) continue;
    if (nested) continue;
    uses.push(identifier);
  }
  return uses;
}

/**
 * Whether `name` occurs as a word in text[start, end) followed by `[` (after blanks, line breaks,
 * line continuations and comments): every `name[...]` subscript does.
 */
/** What tree-sitter-python skips between tokens (its extras), a comment's `#` aside. */
const BETWEEN_TOKENS = /[\s\f\uFEFF\u2060\u200B\\]/;

function isIndexedInText(text: string, name: string, start: number, end: number): boolean {
  for (let at = text.indexOf(name, start); at >= 0 && at + name.length <= end; at = text.indexOf(name, at + 1)) {
    if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + name.length))) continue;
    let next = at + name.length;
    for (;;) {
      const c = text[next];
      if (c !== undefined && BETWEEN_TOKENS.test(c)) next++;
      else if (c === '#') {
        const lineEnd = text.indexOf('\n', next);
        if (lineEnd < 0) break;
        next = lineEnd;
      } else break;
    }
    if (text[next] === '[') return true;
  }
  return false;
}

/** The names of the caught classes (`E`, `(A, B)`, `mod.E` -> `E`). */
function caughtNames(caught: Node): string[] {
  const parts = caught.type === 'tuple' || caught.type === 'parenthesized_expression' ? caught.namedChildren : [caught];
  return parts.map((p) => (p.type === 'attribute' ? p.childForFieldName('attribute')?.text ?? '' : p.text));
}

/** A caught class defined in this module whose body mentions `member` (defines `__getitem__`, sets `self.message`). */
function caughtClassHas(ctx: RuleContext, caught: Node, member: RegExp): boolean {
  const text = ctx.file.text;
  return caughtNames(caught).some((cls) => {
    const at = text.search(new RegExp(`^[ \\t]*class[ \\t]+${cls}\\b`, 'm'));
    if (at < 0) return false;
    const node = ctx.file.root.descendantForIndex(text.indexOf('class', at));
    const definition = node?.type === 'class_definition' ? node : node?.parent?.type === 'class_definition' ? node.parent : undefined;
    return !!definition && member.test(definition.text);
  });
}

type HandlerBinding = { clause: Node; name: Node; caught: Node } | undefined;

/** `except:`, `except E:`, `except (A, B):` on one line: no name is bound, told without the tree. */
const BINDS_NOTHING = /[ \t]*(?:[\w.]*|\([\w., \t]*\))[ \t]*:/y;

/** The three rules here ask in turn about the same `except`: the last answer per file is kept. */
const lastBinding = new WeakMap<SourceFile, { at: number; binding: HandlerBinding }>();

function bindingOf(keyword: Node, file: SourceFile): HandlerBinding {
  const at = keyword.startIndex;
  const last = lastBinding.get(file);
  if (last?.at === at) return last.binding;
  const binding = findBinding(keyword, file.text);
  lastBinding.set(file, { at, binding });
  return binding;
}

function findBinding(keyword: Node, text: string): HandlerBinding {
  BINDS_NOTHING.lastIndex = keyword.endIndex;
  if (BINDS_NOTHING.test(text)) return undefined;
  const clause = keyword.parent;
  if (clause?.type !== 'except_clause') return undefined;
  const binding = handlerBinding(clause);
  if (!binding || isInCompatCode(clause)) return undefined;
  return { clause, ...binding };
}

export const indexingException: Rule = {
  id: 'indexing-exception',
  category: 'exceptions',
  severity: 'error',
  summary: 'Exceptions cannot be indexed in Python 3; use `e.args[i]`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `e[i]` and `e[i:j]` where `e` is the name an `except` handler binds, inside that handler.',
    whyItBreaks: 'Python 2 exceptions forwarded indexing and slicing to `e.args`. Python 3 exceptions are not subscriptable: `e[0]` raises TypeError.',
    example: 'try:\n    os.remove(path)\nexcept EnvironmentError as e:\n    code = e[0]',
    useInstead: 'try:\n    os.remove(path)\nexcept EnvironmentError as e:\n    code = e.args[0]',
    fixSafety:
      'Safe: `e.args[i]` is exactly what Python 2 returned for `e[i]`, on both versions. Not flagged when a caught class defined in the ' +
      'module defines `__getitem__` itself.',
  },
  keywords: ['except'],
  onKeyword(keyword, ctx) {
    const found = bindingOf(keyword, ctx.file);
    if (!found) return;
    const { clause, name, caught } = found;
    // Most handlers never index the name: told from the text before the tree is walked.
    if (!isIndexedInText(ctx.file.text, name.text, clause.startIndex, clause.endIndex)) return;
    const uses = usesInHandler(clause, name.text, ctx.file).filter((use) => {
      const parent = use.parent;
      if (parent?.type !== 'subscript' || parent.childForFieldName('value')?.id !== use.id) return false;
      // `e[0] = x` raised TypeError on Python 2 too.
      const assignment = parent.parent;
      return !(assignment?.type === 'assignment' && assignment.childForFieldName('left')?.id === parent.id);
    });
    if (uses.length === 0 || caughtClassHas(ctx, caught, /\b__getitem__\b/)) return;
    for (const use of uses) {
      const subscript = use.parent!;
      const fix: Fix = { title: `Index \`${use.text}.args\` instead`, safety: 'safe', edits: [{ start: use.endIndex, end: use.endIndex, newText: '.args' }] };
      ctx.report({ node: subscript, message: `Exceptions are not subscriptable in Python 3; use \`${use.text}.args[...]\``, fixes: { py3: fix, compat: fix } });
    }
  },
};

export const exceptionMessageAttribute: Rule = {
  id: 'exception-message-attribute',
  category: 'exceptions',
  severity: 'error',
  summary: 'Exceptions have no `.message` attribute in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags reads of `e.message` where `e` is the name an `except` handler binds, unless a caught class defined in the module sets `message` itself.',
    whyItBreaks:
      'Python 2.5 added `BaseException.message` (deprecated since 2.6); Python 3 removed it, so `e.message` raises AttributeError ' +
      'for every exception class that does not set the attribute itself.',
    example: 'try:\n    value = int(text)\nexcept ValueError as e:\n    log.error(e.message)',
    useInstead: 'try:\n    value = int(text)\nexcept ValueError as e:\n    log.error(str(e))',
    fixSafety:
      'Unsafe: Python 2 `e.message` is `e.args[0]` when there is exactly one argument and `\'\'` otherwise, while `str(e)` always ' +
      'formats the arguments (`IOError(2, \'x\')` gives `[Errno 2] x`, `KeyError(\'k\')` gives `"\'k\'"`) and converts non-strings. A library exception class may also set ' +
      '`.message` itself, which this rule cannot see.',
  },
  keywords: ['except'],
  onKeyword(keyword, ctx) {
    const found = bindingOf(keyword, ctx.file);
    if (!found) return;
    const { clause, name, caught } = found;
    if (!handlerBody(clause)?.text.includes('message')) return;
    const uses = usesInHandler(clause, name.text, ctx.file).filter((use) => {
      const attribute = use.parent;
      if (attribute?.type !== 'attribute' || attribute.childForFieldName('object')?.id !== use.id) return false;
      if (attribute.childForFieldName('attribute')?.text !== 'message') return false;
      const assignment = attribute.parent;
      return !((assignment?.type === 'assignment' || assignment?.type === 'augmented_assignment') && assignment.childForFieldName('left')?.id === attribute.id);
    });
    if (uses.length === 0 || caughtClassHas(ctx, caught, /\bmessage\b/)) return;
    for (const use of uses) {
      const attribute = use.parent!;
      const fix: Fix = { title: `Replace \`${attribute.text}\` with \`str(${use.text})\``, safety: 'unsafe', edits: [{ start: attribute.startIndex, end: attribute.endIndex, newText: `str(${use.text})` }] };
      ctx.report({ node: attribute, message: `\`${attribute.text}\` does not exist in Python 3; use \`str(${use.text})\` or \`${use.text}.args\``, fixes: { py3: fix, compat: fix } });
    }
  },
};

const JUMPS = new Set(['continue_statement', 'return_statement', 'raise_statement', 'break_statement']);

export const exceptionEscape: Rule = {
  id: 'exception-escape',
  category: 'exceptions',
  severity: 'warning',
  summary: 'The `except ... as e` name is used after its handler; Python 3 deletes it when the handler ends',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags the first use of a handler\'s exception name after the handler, in the same function (or module), before anything rebinds it. ' +
      'Handlers that end in `return`, `raise`, `continue` or `break` are not followed.',
    whyItBreaks:
      'Python 3 runs `del e` at the end of an `except E as e:` handler (to break the traceback reference cycle), so reading `e` ' +
      'afterwards raises NameError (UnboundLocalError in a function). Python 2 kept the name bound.',
    example: 'try:\n    connect()\nexcept IOError as e:\n    pass\nif e:\n    report(e)',
    useInstead: 'error = None\ntry:\n    connect()\nexcept IOError as e:\n    error = e\nif error:\n    report(error)',
    fixSafety: 'No automatic fix: the value has to be copied to another name inside the handler, and the code after it must handle the case where no exception happened.',
  },
  keywords: ['except'],
  onKeyword(keyword, ctx) {
    const found = bindingOf(keyword, ctx.file);
    if (!found) return;
    const { clause, name } = found;
    const text = ctx.file.text;
    const word = name.text;
    // (The clause ends on a token boundary, and a name cannot occur again inside itself: searching from
    // its end and from `at + 1` finds what the whole-text regex `(?<![\w.])word(?!\w)` found.)
    // Most handler names are not mentioned again after the handler: seen before the tree is asked.
    const first = nextNameIn(text, word, clause.endIndex, text.length);
    if (first < 0) return;
    // A handler that always leaves (`continue`, `return`, `raise`, `break`) never falls through to the code after it.
    const last = handlerBody(clause)?.namedChildren.filter((s) => s.type !== 'comment').pop();
    if (last && JUMPS.has(last.type)) return;
    const scope = scopeOf(clause);
    if (!scope) return;
    for (let at = first; at >= 0 && at < scope.endIndex; at = nextNameIn(text, word, at + 1, text.length)) {
      if (inCommentOnItsLine(text, at)) continue;
      const node = ctx.file.root.descendantForIndex(at, at + word.length);
      if (node?.type !== 'identifier' || node.startIndex !== at || node.text !== word) continue;
      const { ancestors, scope: own } = ancestorsUpTo(node, undefined, ctx.file);
      const parent = ancestors[0];
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id) continue;
      // A nested function, class or comprehension has a scope of its own.
      if (own?.id !== scope.id) continue;
      // Rebound (another handler, an assignment, a loop): later uses read the new binding.
      if (isBindingOccurrenceAmong(node, ancestors) || (parent?.type === 'as_pattern_target')) return;
      ctx.report({
        node,
        message: `\`${name.text}\` is deleted when its \`except\` handler ends in Python 3; this use raises NameError. Copy it to another name inside the handler`,
      });
      return;
    }
  },
};
