// StopIteration escaping a generator (catalog §4 item 13, PEP 479): Python 2 silently ended the
// generator; Python 3.7+ turns the escaping StopIteration into RuntimeError.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode, nextTokenStart } from '../context';
import { isBuiltinAt } from '../iteratingContext';
import { dominantEol } from '../lineIndex';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule } from '../types';
import { plainArguments } from './builtinReference';
import { lineIndent } from './classBody';

/** Nodes that start a scope of their own: a `next()` there does not run in the enclosing generator's frame. */
const SCOPES = new Set(['function_definition', 'lambda', 'class_definition', 'generator_expression', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension']);

function enclosingScope(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (SCOPES.has(p.type) || p.type === 'module') return p;
  return undefined;
}

// Per parse; node ids are stable within one tree.
const generatorsByFile = new WeakMap<SourceFile, Map<number, boolean>>();

/** A function whose own body (not a nested scope) contains `yield`. */
function isGenerator(fn: Node, file: SourceFile): boolean {
  let known = generatorsByFile.get(file);
  if (!known) generatorsByFile.set(file, (known = new Map()));
  let result = known.get(fn.id);
  if (result === undefined) {
    result = /\byield\b/.test(fn.text) && fn.descendantsOfType('yield').some((y) => y !== null && enclosingScope(y)?.id === fn.id);
    known.set(fn.id, result);
  }
  return result;
}

const yieldSpelled = new WeakMap<SourceFile, boolean>();

function mentionsYield(file: SourceFile): boolean {
  let spelled = yieldSpelled.get(file);
  if (spelled === undefined) yieldSpelled.set(file, (spelled = file.text.includes('yield')));
  return spelled;
}

/** Handlers that catch StopIteration: `StopIteration`, `Exception`, `BaseException`, or a bare `except:`. */
const CATCHES_STOP = /\b(StopIteration|Exception|BaseException)\b/;

function isGuarded(call: Node, fn: Node): boolean {
  for (let child: Node = call, p = call.parent; p && p.id !== fn.id; child = p, p = p.parent) {
    if (p.type !== 'try_statement' || p.childForFieldName('body')?.id !== child.id) continue;
    for (const handler of p.namedChildren) {
      if (handler.type !== 'except_clause') continue;
      const values = handler.childrenForFieldName('value');
      if (values.length === 0 || CATCHES_STOP.test(values[0].text)) return true;
    }
  }
  return false;
}

/** `next(it)` (the builtin, without a default) or `it.next()`: the call when `name` is its `next`. */
function nextCall(name: Node, file: SourceFile): Node | undefined {
  const parent = name.parent;
  if (parent?.type === 'call' && parent.childForFieldName('function')?.id === name.id) {
    const args = plainArguments(parent);
    return args?.length === 1 && isBuiltinAt(parent, 'next', file) ? parent : undefined;
  }
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === name.id) {
    const call = parent.parent;
    if (call?.type === 'call' && call.childForFieldName('function')?.id === parent.id && plainArguments(call)?.length === 0) return call;
  }
  return undefined;
}

/** The one-line simple statement around the call, which can be wrapped in `try:` as it stands. */
function wrappableStatement(call: Node, text: string): Node | undefined {
  let statement: Node | null = call;
  while (statement && statement.type !== 'expression_statement') {
    if (statement.type.endsWith('_statement') || statement.type === 'block' || statement.type.endsWith('_clause')) return undefined;
    statement = statement.parent;
  }
  if (!statement || statement.parent?.type !== 'block') return undefined;
  if (statement.text.includes('\n') || lineIndent(text, statement) === undefined) return undefined;
  const lineEnd = text.indexOf('\n', statement.endIndex);
  const rest = text.slice(statement.endIndex, lineEnd < 0 ? text.length : lineEnd);
  return /^[ \t]*(#.*)?\r?$/.test(rest) ? statement : undefined;
}

export const stopIterationInGenerator: Rule = {
  id: 'stop-iteration-in-generator',
  category: 'exceptions',
  severity: 'warning',
  summary: 'A StopIteration from `next()` escapes the generator: Python 3.7+ turns it into RuntimeError',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      'Flags `next(it)` (without a default) and `it.next()` in the body of a generator function, outside a `try` whose handlers catch ' +
      'StopIteration (or Exception, or everything).',
    whyItBreaks:
      'In Python 2 a StopIteration raised inside a generator ended it quietly, and code used `next()` on an exhausted iterator as a ' +
      'way to return. PEP 479 (the default since Python 3.7) converts it into RuntimeError("generator raised StopIteration").',
    example: 'def pairs(it):\n    it = iter(it)\n    while True:\n        a = next(it)\n        yield a, next(it)',
    useInstead: 'def pairs(it):\n    it = iter(it)\n    while True:\n        try:\n            a = next(it)\n        except StopIteration:\n            return\n        ...',
    fixSafety:
      'Unsafe: wrapping the statement in `try: ... except StopIteration: return` ends the generator as Python 2 did, but it also ' +
      'catches a StopIteration raised by anything else in the statement, and sometimes `next(it, default)` is what the code means. ' +
      'Offered only for a statement on a line of its own.',
  },
  identifiers: ['next'],
  onIdentifier(name, ctx) {
    // Both shapes nextCall accepts call the name (`next(it)`, `it.next()`): in a tree without errors
    // `(` is the next token. References (`self.next = ...`, `it.next`) are passed over without the tree.
    const text = ctx.file.text;
    if (text[nextTokenStart(text, name.endIndex)] !== '(' && !ctx.file.root.hasError) return;
    // No generator without `yield` (isGenerator tests the function's text for it): a module that
    // never spells it is passed over before the walk up to the enclosing function.
    if (!mentionsYield(ctx.file)) return;
    const call = nextCall(name, ctx.file);
    if (!call) return;
    const fn = enclosingScope(call);
    if (fn?.type !== 'function_definition' || !isGenerator(fn, ctx.file) || isGuarded(call, fn) || isInCompatCode(call)) return;
    const statement = wrappableStatement(call, text);
    let fixes: { py3?: Fix; compat?: Fix } = {};
    if (statement) {
      const indent = lineIndent(text, statement)!;
      const unit = indent.includes('\t') ? '\t' : '    ';
      const eol = dominantEol(text);
      const fix: Fix = {
        title: 'Wrap in `try: ... except StopIteration: return`',
        safety: 'unsafe',
        edits: [{
          start: statement.startIndex,
          end: statement.endIndex,
          newText: `try:${eol}${indent}${unit}${statement.text}${eol}${indent}except StopIteration:${eol}${indent}${unit}return`,
        }],
      };
      fixes = { py3: fix, compat: fix };
    }
    ctx.report({
      node: call,
      message: '`StopIteration` from this call ends the generator in Python 2 but raises RuntimeError in Python 3.7+ (PEP 479)',
      fixes,
    });
  },
};
