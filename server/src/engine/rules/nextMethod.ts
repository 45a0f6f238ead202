// The iterator protocol's `next` method, renamed `__next__` in Python 3 (catalog D9, D10).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { eachIdentifierNamed, isBuiltinAt, scopesAround } from '../iteratingContext';
import { dominantEol } from '../lineIndex';
import { isWordChar } from '../textScan';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule } from '../types';
import { methodCall, overCandidates } from './dictIteratorFamily';

/** Calls that certainly return an iterator, so `next(x)` works where `x.next()` did. */
const ITERATOR_FACTORIES = new Set(['iter', 'enumerate', 'reversed']);

function isKnownIterator(node: Node): boolean {
  if (node.type === 'generator_expression') return true;
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1) return isKnownIterator(node.namedChildren[0]);
  if (node.type !== 'call') return false;
  const fn = node.childForFieldName('function');
  if (fn?.type === 'identifier') return ITERATOR_FACTORIES.has(fn.text);
  if (fn?.type === 'attribute') {
    const object = fn.childForFieldName('object')?.text;
    const method = fn.childForFieldName('attribute')?.text ?? '';
    return method === '__iter__' || method === 'iteritems' || method === 'iterkeys' || method === 'itervalues' || (object === 'itertools' && method !== 'repeat');
  }
  return false;
}

/** The def `node` is in (through lambdas; not through a class). */
function enclosingFunction(node: Node, file: SourceFile): Node | undefined {
  const scopes = scopesAround(node, file);
  for (let i = scopes.length - 1; i >= 0; i--) {
    const { node: scope, type } = scopes[i];
    if (type === 'function_definition') return scope;
    if (type === 'class_definition' || type === 'module') return undefined;
  }
  return undefined;
}

/** A function-local name bound only to known iterators (`it = iter(xs)`). */
function isLocalIterator(name: Node, file: SourceFile): boolean {
  const scope = enclosingFunction(name, file);
  if (!scope) return false;
  let bindings = 0;
  for (const identifier of eachIdentifierNamed(scope, name.text, file)) {
    const parent = identifier.parent!;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === identifier.id) {
      const right = parent.childForFieldName('right');
      if (!right || !isKnownIterator(right)) return false;
      bindings++;
    } else if (parent.type === 'attribute' && parent.childForFieldName('object')?.id === identifier.id) {
      continue;
    } else if (parent.type === 'attribute' || (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === identifier.id)) {
      continue;
    } else if (!['argument_list', 'expression_statement', 'return_statement', 'comparison_operator', 'boolean_operator', 'not_operator'].includes(parent.type)) {
      // Parameters, loop targets, unpacking, `global`: bound to something the reader cannot see.
      return false;
    }
  }
  return bindings > 0;
}

export const nextMethodCalled: Rule = {
  id: 'next-method-called',
  category: 'dicts-iterators',
  severity: 'error',
  summary: 'Iterators have no `.next()` method in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags calls `x.next()` with no arguments.',
    whyItBreaks: 'Python 3 renamed the iterator method to `__next__`: `it.next()` raises AttributeError on generators, files and every built-in iterator. The builtin `next(it)` works on Python 2.6+ and 3.',
    example: 'first = lines.next()',
    useInstead: 'first = next(lines)',
    fixSafety:
      'Safe when `x` is certainly an iterator (`iter(...)`, `enumerate(...)`, a generator expression, `itertools.*(...)`, or a local name bound only to those). ' +
      'Otherwise unsafe: some objects have a `next()` method without being iterators (`tarfile.TarFile.next()` still exists in Python 3, and `next(tar)` raises TypeError). ' +
      'Not fixed where the module or function binds the name `next` itself.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { name, node: method, word, parent, call: callNode } of captures) {
      if (name !== 'method' || word !== 'next') continue;
      const parts = methodCall(method, parent, callNode);
      if (!parts || parts.args.length > 0 || isInCompatCode(parts.call)) continue;
      // Code written for Python 3 only calls a `next()` method of its own (tarfile.TarFile.next): a
      // built-in iterator's would have failed on first use.
      if (ctx.dialect === 'py3') return;
      const { call, receiver } = parts;
      let fixes: { py3?: Fix; compat?: Fix } = {};
      // `next(x)` would call a module's or function's own `next` instead of the builtin.
      if (isBuiltinAt(call, 'next', ctx.file)) {
        const known = isKnownIterator(receiver) || (receiver.type === 'identifier' && isLocalIterator(receiver, ctx.file));
        const fix: Fix = { title: 'Replace `x.next()` with `next(x)`', safety: known ? 'safe' : 'unsafe', edits: [{ start: call.startIndex, end: call.endIndex, newText: `next(${receiver.text})` }] };
        fixes = { py3: fix, compat: fix };
      }
      ctx.report({ node: call, message: '`.next()` is Python 2-only; use the builtin `next()`', fixes });
    }
  }),
};

export const nextMethodDefined: Rule = {
  id: 'next-method-defined',
  category: 'dicts-iterators',
  severity: 'error',
  summary: 'An iterator class defines `next` but Python 3 calls `__next__`',
  fixability: { py3: 'unsafe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `def next(self):` in a class body that does not also define `__next__`.',
    whyItBreaks: 'Python 3 looks up `__next__` for the iterator protocol: a class with only `next` is no longer an iterator, and `for x in obj` or `next(obj)` raise TypeError.',
    example: 'class Countdown(object):\n    def __iter__(self):\n        return self\n    def next(self):\n        ...',
    useInstead: 'py3: rename the method to `__next__`\ncompat: keep `next` and add `__next__ = next` after it',
    fixSafety:
      'compat: safe, the alias makes the class an iterator on Python 3 and changes nothing on Python 2. py3: unsafe, the rename breaks code that calls ' +
      '`obj.next()` explicitly (see `next-method-called`) and subclasses that override `next`.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { name: kind, node: name, parent: def } of captures) {
      if (kind !== 'definedNext') continue;
      const above = def.parent;
      const definition = above?.type === 'decorated_definition' ? above : def;
      const body = definition === def ? above : definition.parent;
      const cls = body?.parent;
      if (body?.type !== 'block' || cls?.type !== 'class_definition' || isInCompatCode(def)) continue;
      // The protocol calls next(self) with no argument; a `next(self, n)` method is something else.
      const params = def.childForFieldName('parameters')?.namedChildren ?? [];
      if (params.length !== 1 || params[0].type !== 'identifier') continue;
      if (/\b__next__\b/.test(body.text)) continue;
      // In Python 3 code a method named `next` is an ordinary method (ast's _Precedence.next), not the protocol.
      // Asked only once a method would be flagged: the file's dialect is dear to compute.
      if (ctx.dialect === 'py3') return;
      const fixes: { py3: Fix; compat?: Fix } = {
        py3: { title: 'Rename `next` to `__next__`', safety: 'unsafe', edits: [{ start: name.startIndex, end: name.endIndex, newText: '__next__' }] },
      };
      const text = ctx.file.text;
      const lineStart = text.lastIndexOf('\n', definition.startIndex - 1) + 1;
      const indent = text.slice(lineStart, definition.startIndex);
      if (/^[ \t]*$/.test(indent)) {
        // At the end of the method's last line, so that a trailing comment stays with its statement.
        let at = text.indexOf('\n', definition.endIndex);
        if (at < 0) at = text.length;
        else if (text[at - 1] === '\r') at--;
        fixes.compat = {
          title: 'Add `__next__ = next` after the method',
          safety: 'safe',
          edits: [{ start: at, end: at, newText: `${dominantEol(text)}${indent}__next__ = next` }],
        };
      }
      ctx.report({ node: name, message: '`next` is the Python 2 iterator method; Python 3 calls `__next__`', fixes });
    }
  }),
};

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** What a JS regex with the `m` flag takes for a line start: after \n, \r, U+2028 or U+2029. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * `x.next` is assigned or deleted by this file: the code has a `next` attribute of its own (a linked list).
 * What `/\.next[ \t]*=(?!=)|^[ \t]*next[ \t]*=(?!=)|\bdel[ \t]+[^\n]*\.next\b/m` finds, read at each `next`
 * instead: that regex (`^` under the `m` flag) was tried at every position of the text. `indexOf` looks for the
 * needle's first character first, and `xt` is rare where `n` is everywhere.
 */
function assignsOwnNext(text: string): boolean {
  for (let xt = text.indexOf('xt', 2); xt >= 0; xt = text.indexOf('xt', xt + 2)) {
    const at = xt - 2;
    if (text.charCodeAt(at) !== 0x6e || text.charCodeAt(at + 1) !== 0x65) continue;
    const dotted = text.charCodeAt(at - 1) === 0x2e;
    let before = at - 1;
    while (isBlank(text.charCodeAt(before))) before--;
    // `.next =` or, at the start of a line, `next =` (not `==`).
    if (dotted || before < 0 || isLineTerminator(text.charCodeAt(before))) {
      let after = xt + 2;
      while (isBlank(text.charCodeAt(after))) after++;
      if (text.charCodeAt(after) === 0x3d && text.charCodeAt(after + 1) !== 0x3d) return true;
    }
    // `del ... .next` on one line.
    if (dotted && !isWordChar(text.charCodeAt(xt + 2))) {
      const lineStart = text.lastIndexOf('\n', at - 2) + 1;
      for (let del = text.indexOf('del', lineStart); del >= 0 && del + 4 <= at - 1; del = text.indexOf('del', del + 1)) {
        if (!isWordChar(text.charCodeAt(del - 1)) && isBlank(text.charCodeAt(del + 3))) return true;
      }
    }
  }
  return false;
}

/** `def next(`: what `/\bdef[ \t]+next[ \t]*\(/` finds, read at each `next` (see assignsOwnNext). */
function definesNext(text: string): boolean {
  for (let xt = text.indexOf('xt', 2); xt >= 0; xt = text.indexOf('xt', xt + 2)) {
    const at = xt - 2;
    if (text.charCodeAt(at) !== 0x6e || text.charCodeAt(at + 1) !== 0x65 || !isBlank(text.charCodeAt(at - 1))) continue;
    let after = xt + 2;
    while (isBlank(text.charCodeAt(after))) after++;
    if (text.charCodeAt(after) !== 0x28) continue;
    let before = at - 1;
    while (isBlank(text.charCodeAt(before))) before--;
    if (before >= 2 && text.startsWith('def', before - 2) && !isWordChar(text.charCodeAt(before - 3))) return true;
  }
  return false;
}

export const nextMethodReference: Rule = {
  id: 'next-method-reference',
  category: 'dicts-iterators',
  severity: 'warning',
  summary: 'A reference to an iterator\'s `.next` method: Python 3 iterators have `__next__`',
  fixability: { py3: 'unsafe', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags `x.next` read without being called (`f = it.next`, `callback=gen.next`, `tokenize(iter(lines).next, ...)`), except in files that ' +
      'assign a `next` attribute of their own (a linked list\'s `node.next = ...`) and, in files with a `def next`, `self.next`.',
    whyItBreaks:
      'Python 3 renamed the iterator method to `__next__`: `gen.next` raises AttributeError on generators, files and every built-in iterator, ' +
      'so the bound method handed on as a callable fails where it is taken.',
    example: 'lines = iter(text.splitlines())\nreadline = lines.next',
    useInstead: 'py3: `readline = lines.__next__`\ncompat: `readline = functools.partial(next, lines)` (or a small function calling `next(lines)`)',
    fixSafety:
      'py3: `x.__next__`, unsafe unless `x` is certainly an iterator (`iter(...)`, a generator expression, a local bound only to those): ' +
      'an object with a `next()` method of its own (`tarfile.TarFile`) has no `__next__`. compat: no automatic fix; Python 2 iterators have no `__next__`.',
  },
  checkFile: overCandidates((captures, ctx) => {
    const references = captures.filter((c) => c.name === 'nextReference');
    if (references.length === 0 || assignsOwnNext(ctx.file.text)) return;
    // With a `def next` of its own, `self.next` is most likely that method (a debugger's "next" button).
    const ownNext = definesNext(ctx.file.text);
    for (const { node: name, parent: attribute } of references) {
      const receiver = attribute.childForFieldName('object');
      if (!receiver || isInCompatCode(attribute)) continue;
      if (ownNext && (receiver.text === 'self' || receiver.text === 'cls')) continue;
      const parent = attribute.parent;
      // An assignment target or `del x.next` is the code's own attribute (definesOwnNext catches most).
      if ((parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.id === attribute.id) continue;
      if (parent?.type === 'delete_statement') continue;
      // Asked only once a reference would be flagged: the file's dialect is dear to compute.
      if (ctx.dialect === 'py3') return;
      const known = isKnownIterator(receiver) || (receiver.type === 'identifier' && isLocalIterator(receiver, ctx.file));
      const py3: Fix = { title: 'Replace `x.next` with `x.__next__`', safety: known ? 'safe' : 'unsafe', edits: [{ start: name.startIndex, end: name.endIndex, newText: '__next__' }] };
      ctx.report({ node: attribute, message: '`.next` is the Python 2 iterator method; Python 3 iterators have `__next__`', fixes: { py3 } });
    }
  }),
};
