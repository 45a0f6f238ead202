// `long`: the builtin (long-builtin) and its commonest use, `isinstance(x, (int, long))`
// (int-long-isinstance-tuple), which has a safe fix of its own.

import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';
import type { Fix, RequiredImport, Rule } from '../types';
import { callOf, isBuiltinReference } from './builtinReference';

const SIX: RequiredImport[] = [{ kind: 'import', module: 'six' }];

/** The call when `node` is the class argument of `isinstance(obj, node)` / `issubclass(cls, node)`. */
function typeCheckOf(node: Node): Node | undefined {
  // Both rules here ask about the same `long` node: its ancestors are remembered per node (parentOf).
  const list = parentOf(node);
  const call = list && parentOf(list);
  if (list?.type !== 'argument_list' || call?.type !== 'call') return undefined;
  const name = call.childForFieldName('function')?.text;
  if (name !== 'isinstance' && name !== 'issubclass') return undefined;
  const args = list.namedChildren;
  return args.length === 2 && args[1].startIndex === node.startIndex && args[1].endIndex === node.endIndex ? call : undefined;
}

/** The tuple when `long` is an element of `isinstance(x, (..., int, ..., long, ...))` with the builtin `int`. */
function intLongTuple(long: Node, file: SourceFile): Node | undefined {
  const tuple = parentOf(long);
  if (tuple?.type !== 'tuple' || !typeCheckOf(tuple)) return undefined;
  const hasInt = tuple.namedChildren.some((e) => e.type === 'identifier' && e.text === 'int');
  return hasInt && !isLocallyBound(file, 'int') ? tuple : undefined;
}

export const intLongIsinstanceTuple: Rule = {
  id: 'int-long-isinstance-tuple',
  category: 'builtins',
  severity: 'error',
  summary: '`(int, long)` type check uses the Python 2-only `long`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `isinstance(x, (int, long))` and `issubclass(c, (int, long))`, also with more classes in the tuple.',
    whyItBreaks: 'Python 3 has one integer type, `int`; `long` raises NameError.',
    example: 'if isinstance(n, (int, long)):\n    pass',
    useInstead: 'py3: `isinstance(n, int)`\ncompat: `isinstance(n, six.integer_types)` with `import six`',
    fixSafety: 'Safe: Python 3 `int` holds every integer that Python 2 `int` or `long` held, and `six.integer_types` is `(int, long)` on Python 2. Other classes in the tuple are kept (`isinstance` accepts nested tuples).',
  },
  identifiers: ['long'],
  onIdentifier(node, ctx) {
    if (node.text !== 'long' || !isBuiltinReference(node, ctx.file)) return;
    const tuple = intLongTuple(node, ctx.file);
    if (!tuple) return;
    const elements = tuple.namedChildren;
    if (elements.some((e) => e.type === 'comment')) {
      ctx.report({ node: tuple });
      return;
    }
    const isLong = (e: Node) => e.type === 'identifier' && e.text === 'long';
    const isInt = (e: Node) => e.type === 'identifier' && e.text === 'int';
    const rest = elements.filter((e) => !isLong(e) && !isInt(e)).map((e) => e.text);
    const spell = (integers: string) => (rest.length === 0 ? integers : `(${[integers, ...rest].join(', ')})`);
    const edit = (newText: string) => [{ start: tuple.startIndex, end: tuple.endIndex, newText }];
    const py3: Fix = { title: 'Replace `(int, long)` with `int`', safety: 'safe', edits: edit(spell('int')) };
    const compat: Fix = { title: 'Replace `(int, long)` with `six.integer_types`', safety: 'safe', edits: edit(spell('six.integer_types')), imports: SIX };
    ctx.report({ node: tuple, message: '`(int, long)` names the Python 2-only `long`', fixes: { py3, compat } });
  },
};

export const longBuiltin: Rule = {
  id: 'long-builtin',
  category: 'builtins',
  severity: 'error',
  summary: '`long` is a Python 2-only builtin',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags uses of the builtin `long` (`(int, long)` type checks are left to `int-long-isinstance-tuple`).',
    whyItBreaks: 'Python 3 merged `long` into `int`: `long` raises NameError.',
    example: 'big = long(text)\nif isinstance(big, long):\n    pass',
    useInstead: 'py3: `int(text)`, `isinstance(big, int)`\ncompat: `int(text)`, `isinstance(big, six.integer_types)` with `import six`',
    fixSafety: 'Unsafe: on Python 2 `long(5)` is `5L` (its type and repr differ from `int(5)`), and `isinstance(x, long)` was false for small integers while the fixed check is true for every integer. Other uses (`type(x) is long`) are fixed for py3 only.',
  },
  identifiers: ['long'],
  onIdentifier(node, ctx) {
    if (node.text !== 'long' || !isBuiltinReference(node, ctx.file) || intLongTuple(node, ctx.file)) return;
    const edit = (newText: string) => [{ start: node.startIndex, end: node.endIndex, newText }];
    const py3: Fix = { title: 'Replace `long` with `int`', safety: 'unsafe', edits: edit('int') };
    let compat: Fix | undefined;
    const parent = parentOf(node);
    const inTypeCheck = typeCheckOf(node) ?? (parent?.type === 'tuple' ? typeCheckOf(parent) : undefined);
    if (inTypeCheck) compat = { title: 'Replace `long` with `six.integer_types`', safety: 'unsafe', edits: edit('six.integer_types'), imports: SIX };
    else if (callOf(node)) compat = { title: 'Replace `long` with `int`', safety: 'unsafe', edits: edit('int') };
    ctx.report({ node, message: '`long` does not exist in Python 3', fixes: compat ? { py3, compat } : { py3 } });
  },
};
