// Dict methods that changed in Python 3 (catalog D1-D4): keys/items/values return views,
// iter*/view* and has_key are gone.

import { isSideEffectFree } from './builtinReference';
import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { eachIdentifierNamed, isBuiltinAt, isWatchable, iteratingContext, scopesAround } from '../iteratingContext';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';
import type { Fix, RequiredImport, Rule } from '../types';
import { methodCall, overCandidates, unparenthesized, wrapInList, type Candidate } from './dictIteratorFamily';
import { mutatesArgument } from './localFunctions';

const SIX: RequiredImport = { kind: 'import', module: 'six' };
const LIST_METHODS = new Set(['keys', 'items', 'values']);
const ITER_METHODS = new Map([['iterkeys', 'keys'], ['iteritems', 'items'], ['itervalues', 'values']]);
const VIEW_METHODS = new Map([['viewkeys', 'keys'], ['viewitems', 'items'], ['viewvalues', 'values']]);

/** The zero-argument `receiver.method()` calls of this rule's methods, outside version-guarded code. */
function matchingCalls(captures: readonly Candidate[], methods: { has(name: string): boolean }) {
  const calls: { method: Node; word: string; call: Node; receiver: Node; args: Node[] }[] = [];
  for (const { name, node: method, word, parent, call } of captures) {
    if (name !== 'method' || !methods.has(word)) continue;
    const parts = methodCall(method, parent, call);
    if (!parts || isInCompatCode(parts.call)) continue;
    calls.push({ method, word, ...parts });
  }
  return calls;
}

export const dictListMethodNotIterating: Rule = {
  id: 'dict-list-method-not-iterating',
  category: 'dicts-iterators',
  severity: 'warning',
  quietInPython3: true,
  summary: '`dict.keys()`/`items()`/`values()` returns a view in Python 3, not a list',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `d.keys()`, `d.items()` and `d.values()` whose result is used as a list: indexed, sliced, mutated, concatenated, compared, ' +
      'printed, returned, stored, passed to a function that is not known to only iterate, or iterated while the loop changes the same dict. ' +
      'Results that are only iterated (a `for` loop, a comprehension, `sorted()`, `set()`, `"".join()`, `len()`, `in`, ...) are left alone: ' +
      'the view does the same job. That is fewer `list()` wrappers than 2to3 adds, with the same behaviour.',
    whyItBreaks:
      'Python 2 returns a new list; Python 3 returns a live view. A view cannot be indexed (`d.keys()[0]` raises TypeError), has no `sort()` ' +
      'or `append()`, compares unequal to a list, prints as `dict_keys([...])`, and changes when the dict changes. A loop over a view that ' +
      'adds or deletes keys raises "RuntimeError: dictionary changed size during iteration".',
    example: 'names = d.keys()\nnames.sort()\nfirst = d.values()[0]\nfor k in d.keys():\n    del d[k]',
    useInstead: 'names = list(d.keys())\nnames.sort()\nfirst = list(d.values())[0]\nfor k in list(d.keys()):\n    del d[k]',
    fixSafety:
      'Safe: `list()` of the Python 2 list is an equal copy, so the fixed code behaves the same on Python 2 and 3. ' +
      'What is not flagged relies on a reading of the code: a loop body that mutates the dict only through another name, or through a function ' +
      'call other than one to a function this file defines that visibly mutates the parameter the dict is passed as, is not seen, ' +
      'and `x in d.keys()` / `x in d.items()` with an unhashable `x` raises TypeError on the view where the Python 2 list answered False: ' +
      'it is flagged only when `x` is visibly unhashable (a list, dict or set display, or a tuple holding one), since a name may hold anything. ' +
      '(`x in d.values()` searches on both.)',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { method, word, call, receiver, args } of matchingCalls(captures, LIST_METHODS)) {
      if (args.length > 0) continue;
      const verdict = iteratingContext(call, ctx.file, { kind: 'view', watched: isWatchable(receiver) ? [receiver.text] : [] });
      const around = verdict === 'iterated-once' ? unparenthesized(call) : undefined;
      const unhashable = !!around && word !== 'values' && testsUnhashableMember(around);
      const mutatedByCallee = !!around && !unhashable && loopHandsToMutator(around, receiver, ctx.file);
      if (verdict === 'iterated-once' && !unhashable && !mutatedByCallee) continue;
      const fix = wrapInList(call, ctx.file);
      ctx.report({
        node: call,
        message: unhashable
          ? `\`${word}()\` returns a view in Python 3, whose \`in\` raises TypeError for this unhashable value where the Python 2 list answered False`
          : mutatedByCallee
            ? `\`${word}()\` returns a live view in Python 3, and the loop passes \`${receiver.text}\` to a function that changes it: RuntimeError where Python 2 looped over a copy`
            : `\`${word}()\` returns a view in Python 3; this code ${verdict === 'unknown' ? 'may use' : 'uses'} it as a list`,
        fixes: fix ? { py3: fix, compat: fix } : {},
      });
    }
  }),
};

/**
 * `for k in d.keys(): helper(d, k)` where `helper` (defined in this file) mutates its parameter: the
 * loop over the live view raises RuntimeError on Python 3 when the dict changes size.
 */
function loopHandsToMutator({ value, parent: loop }: { value: Node; parent: Node | null }, receiver: Node, file: SourceFile): boolean {
  if (!isWatchable(receiver) || !file.text.includes('def ')) return false;
  if (loop?.type !== 'for_statement' || loop.childForFieldName('right')?.id !== value.id) return false;
  const body = loop.childForFieldName('body');
  if (!body || !passesAsArgument(body.text, receiver.text, file)) return false;
  const pending: Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'call' && mutatesArgument(node, receiver.text, file)) return true;
    if (node.type === 'function_definition' || node.type === 'class_definition') continue;
    for (const child of node.namedChildren) pending.push(child);
  }
  return false;
}

/** What may follow an argument: blanks (tree-sitter's extras), then `,` `)`, a comment, a continuation, or a generator's `for`. */
const ARGUMENT_END = /[\s\uFEFF\u2060\u200B]*(?:[,)#\\]|(?:for|async)\b)/y;

/**
 * Whether `text` may pass `subject` as a whole argument of a call (`f(d)`, `f(x, d)`, `f(d for ...)`): an
 * occurrence followed by `,`, `)`, a comment, a line continuation or a generator's `for`. Without one, no call
 * in the loop body can hand the dict on, and the body's nodes need not be walked. In a tree with syntax
 * errors an argument may be followed by anything, so only the occurrence counts there.
 */
function passesAsArgument(text: string, subject: string, file: SourceFile): boolean {
  if (file.root.hasError) return text.includes(subject);
  for (let at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
    ARGUMENT_END.lastIndex = at + subject.length;
    if (ARGUMENT_END.test(text)) return true;
  }
  return false;
}

const UNHASHABLE = new Set(['list', 'dictionary', 'set', 'list_comprehension', 'dictionary_comprehension', 'set_comprehension']);

/** A value that is visibly unhashable: a list, dict or set display, or a tuple holding one (`('a', [1])`). */
function isUnhashable(node: Node): boolean {
  if (UNHASHABLE.has(node.type)) return true;
  if (node.type === 'tuple' || node.type === 'parenthesized_expression') return node.namedChildren.some(isUnhashable);
  return false;
}

/**
 * `[1] in d.keys()`: the keys and items views hash the value (TypeError for a list), where Python 2
 * searched the list and answered False. Only a visibly unhashable value is told: a name may hold anything.
 */
function testsUnhashableMember({ value, parent: comparison }: { value: Node; parent: Node | null }): boolean {
  if (comparison?.type !== 'comparison_operator') return false;
  const [member, container] = comparison.namedChildren;
  return !!member && !!container && container.id === value.id && isUnhashable(member);
}

export const dictIterMethod: Rule = {
  id: 'dict-iter-method',
  category: 'dicts-iterators',
  severity: 'error',
  summary: '`dict.iterkeys()`/`iteritems()`/`itervalues()` do not exist in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags calls of `d.iterkeys()`, `d.iteritems()` and `d.itervalues()`.',
    whyItBreaks: 'Python 3 removed the `iter*` methods (AttributeError); `keys()`, `items()` and `values()` return lazy views instead.',
    example: 'for k, v in d.iteritems():\n    print(k, v)\nfirst = next(d.itervalues())',
    useInstead:
      'py3: `for k, v in d.items():` where the result is only iterated once, `first = next(iter(d.values()))` elsewhere\n' +
      'compat: `six.iteritems(d)`, `six.itervalues(d)` with `import six`',
    fixSafety:
      'Safe: `iter(d.items())` is an iterator over the live dict, like `iteritems()`; the plain view is used only where a single pass consumes it. ' +
      '`six.iteritems(d)` calls `d.iteritems()` on Python 2 and `iter(d.items())` on Python 3.',
  },
  checkFile: overCandidates((captures, ctx) => {
    const calls = matchingCalls(captures, ITER_METHODS);
    // Code written for Python 3 only calls `iteritems()` of its own mapping (mailbox.Mailbox): a dict's would have failed.
    if (calls.length === 0 || ctx.dialect === 'py3') return;
    for (const { method, word, call, receiver, args } of calls) {
      if (args.length > 0) continue;
      const view = ITER_METHODS.get(word)!;
      // A loop that resizes the dict raised RuntimeError with iteritems() too, so the view may be used there;
      // the watched receiver keeps `iter()` so that dict-list-method-not-iterating does not add a list() later.
      const once = iteratingContext(call, ctx.file, { kind: 'iterator', watched: isWatchable(receiver) ? [receiver.text] : [] }) === 'iterated-once';
      const py3: Fix | undefined = once
        ? { title: `Replace \`${word}()\` with \`${view}()\``, safety: 'safe', edits: [{ start: method.startIndex, end: method.endIndex, newText: view }] }
        : isBuiltinAt(call, 'iter', ctx.file)
          ? { title: `Replace with \`iter(….${view}())\``, safety: 'safe', edits: [{ start: call.startIndex, end: call.endIndex, newText: `iter(${receiver.text}.${view}())` }] }
          : undefined;
      const compat: Fix = {
        title: `Replace with \`six.${word}(…)\``,
        safety: 'safe',
        edits: [{ start: call.startIndex, end: call.endIndex, newText: `six.${word}(${receiver.text})` }],
        imports: [SIX],
      };
      ctx.report({ node: call, message: `\`${word}()\` does not exist in Python 3`, fixes: py3 ? { py3, compat } : { compat } });
    }
  }),
};

export const dictViewMethod: Rule = {
  id: 'dict-view-method',
  category: 'dicts-iterators',
  severity: 'error',
  summary: '`dict.viewkeys()`/`viewitems()`/`viewvalues()` do not exist in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags calls of `d.viewkeys()`, `d.viewitems()` and `d.viewvalues()`.',
    whyItBreaks: 'Python 3 removed the `view*` methods (AttributeError): its `keys()`, `items()` and `values()` return the same views.',
    example: 'common = a.viewkeys() & b.viewkeys()',
    useInstead: 'py3: `common = a.keys() & b.keys()`\ncompat: `common = six.viewkeys(a) & six.viewkeys(b)` with `import six`',
    fixSafety:
      'Safe: the Python 3 views are the Python 2.7 views. The py3 fix is offered only where the view is just iterated or in a set ' +
      'operation (`a.keys() & b.keys()`, which a Python 2 list does not support); elsewhere the plain ' +
      '`keys()` would read as Python 2 code returning a list, so use the compat spelling or rename by hand.',
  },
  checkFile: overCandidates((captures, ctx) => {
    const calls = matchingCalls(captures, VIEW_METHODS);
    if (calls.length === 0 || ctx.dialect === 'py3') return;
    for (const { method, word, call, receiver, args } of calls) {
      if (args.length > 0) continue;
      const plain = VIEW_METHODS.get(word)!;
      const fixes: { py3?: Fix; compat: Fix } = {
        compat: {
          title: `Replace with \`six.${word}(…)\``,
          safety: 'safe',
          edits: [{ start: call.startIndex, end: call.endIndex, newText: `six.${word}(${receiver.text})` }],
          imports: [SIX],
        },
      };
      if (iteratingContext(call, ctx.file, { kind: 'view', watched: isWatchable(receiver) ? [receiver.text] : [] }) === 'iterated-once') {
        fixes.py3 = { title: `Replace \`${word}()\` with \`${plain}()\``, safety: 'safe', edits: [{ start: method.startIndex, end: method.endIndex, newText: plain }] };
      }
      ctx.report({ node: call, message: `\`${word}()\` does not exist in Python 3`, fixes });
    }
  }),
};

/** Expressions that bind less tightly than `in` and need parentheses as its operand. */
const LOOSER_THAN_IN = new Set(['comparison_operator', 'not_operator', 'boolean_operator', 'conditional_expression', 'lambda', 'named_expression', 'yield']);
/** Places where `k in d` needs no parentheses: everything here binds less tightly than a comparison. */
const LOOSE_PARENTS = new Set([
  'argument_list', 'keyword_argument', 'assignment', 'augmented_assignment', 'return_statement', 'parenthesized_expression', 'expression_statement',
  'if_statement', 'elif_clause', 'while_statement', 'boolean_operator', 'conditional_expression', 'list', 'tuple', 'set', 'pair', 'lambda',
  'assert_statement', 'print_statement', 'expression_list',
]);

/** True when `receiver` is certainly a dict: a dict display, `dict(...)`, or a function-local name bound only to those. */
function isKnownDict(receiver: Node, file: SourceFile): boolean {
  if (receiver.type === 'parenthesized_expression' && receiver.namedChildren.length === 1) return isKnownDict(receiver.namedChildren[0], file);
  if (receiver.type === 'dictionary' || receiver.type === 'dictionary_comprehension') return true;
  if (receiver.type === 'call') {
    const fn = receiver.childForFieldName('function');
    return fn?.type === 'identifier' && fn.text === 'dict' && isBuiltinAt(fn, 'dict', file);
  }
  if (receiver.type !== 'identifier') return false;
  // The innermost scope around the name must be a def.
  const scopes = scopesAround(receiver, file);
  const innermost = scopes[scopes.length - 1];
  if (innermost?.type !== 'function_definition') return false;
  const scope = innermost.node;
  let bindings = 0;
  for (const identifier of eachIdentifierNamed(scope, receiver.text, file)) {
    const parent = identifier.parent;
    if (!parent) continue;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === identifier.id) {
      const right = parent.childForFieldName('right');
      if (!right || !isKnownDict(right, file)) return false;
      bindings++;
      continue;
    }
    if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === identifier.id) continue;
    if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === identifier.id) continue;
    // Parameters, loop targets, unpacking, `global`, `+=`, `with ... as`: bound to something else.
    if (!isPlainRead(identifier, parent)) return false;
  }
  return bindings > 0;
}

const BINDING_PARENTS = new Set([
  'parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'lambda_parameters', 'pattern_list', 'tuple_pattern',
  'list_pattern', 'as_pattern_target', 'global_statement', 'nonlocal_statement', 'list_splat_pattern', 'dictionary_splat_pattern',
  'function_definition', 'class_definition', 'aliased_import', 'dotted_name',
]);

function isPlainRead(identifier: Node, parent: Node): boolean {
  if (BINDING_PARENTS.has(parent.type)) return false;
  if ((parent.type === 'for_statement' || parent.type === 'for_in_clause') && parent.childForFieldName('left')?.id === identifier.id) return false;
  if (parent.type === 'augmented_assignment' && parent.childForFieldName('left')?.id === identifier.id) return false;
  return true;
}

const HAS_KEY = new Set(['has_key']);

export const dictHasKey: Rule = {
  id: 'dict-has-key',
  category: 'dicts-iterators',
  severity: 'error',
  summary: '`dict.has_key()` does not exist in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags calls of `d.has_key(k)`.',
    whyItBreaks: 'Python 3 removed `dict.has_key` (AttributeError). The `in` operator, which Python 2 also has, does the same test.',
    example: 'if d.has_key(name) and not d.has_key(other):\n    pass',
    useInstead: 'if name in d and other not in d:\n    pass',
    fixSafety:
      'Safe when the receiver is certainly a dict (a dict display, `dict(...)`, or a local variable only ever bound to those). Otherwise unsafe: ' +
      '`has_key` also exists on objects that are not dicts (dbm databases, `email.message.Message`, classes of your own) where `in` may mean ' +
      'something else or not work. The fix evaluates the key before the receiver, so it is unsafe too when both have side effects.',
  },
  checkFile: overCandidates((captures, ctx) => {
    const calls = matchingCalls(captures, HAS_KEY);
    if (calls.length === 0 || ctx.dialect === 'py3') return;
    for (const { call, receiver, args } of calls) {
      // `curses.has_key(ch)` is a function of the module, in Python 3 too.
      if (receiver.type === 'identifier' && (receiver.text === 'curses' || receiver.text === '_curses')) continue;
      if (args.length !== 1 || ['keyword_argument', 'list_splat', 'dictionary_splat'].includes(args[0].type)) {
        ctx.report({ node: call, message: '`has_key()` does not exist in Python 3; use the `in` operator' });
        continue;
      }
      const key = args[0];
      const keyText = LOOSER_THAN_IN.has(key.type) ? `(${key.text})` : key.text;
      // `not d.has_key(k)` reads best as `k not in d`.
      const above = parentOf(call);
      const negation = above?.type === 'not_operator' ? above : undefined;
      const replaced = negation ?? call;
      let text = `${keyText} ${negation ? 'not in' : 'in'} ${receiver.text}`;
      if (!LOOSE_PARENTS.has(replaced.parent?.type ?? '')) text = `(${text})`;
      const safe = isKnownDict(receiver, ctx.file) && (isSideEffectFree(receiver) || isSideEffectFree(key));
      const fix: Fix = {
        title: negation ? 'Replace `not d.has_key(k)` with `k not in d`' : 'Replace `d.has_key(k)` with `k in d`',
        safety: safe ? 'safe' : 'unsafe',
        edits: [{ start: replaced.startIndex, end: replaced.endIndex, newText: text }],
      };
      ctx.report({ node: call, message: '`has_key()` does not exist in Python 3; use the `in` operator', fixes: { py3: fix, compat: fix } });
    }
  }),
};

