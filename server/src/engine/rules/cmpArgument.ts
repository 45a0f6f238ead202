// B18: the `cmp` argument of `sorted()` and `list.sort()`, which Python 3 removed.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext, Target } from '../types';
import { nextTokenStart } from '../context';
import { parentOf } from '../nodeParent';
import { isBuiltinReference } from './builtinReference';
import { isModuleNameUsable } from './moduleAttributes';

const SPLATS = new Set(['list_splat', 'dictionary_splat', 'parenthesized_list_splat']);

/** `sorted(...)` of the builtin, or `<anything>.sort(...)` (the keyword `cmp` marks a list sort). */
function sortCall(call: Node, file: SourceFile): 'sorted' | 'sort' | undefined {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'identifier' && fn.text === 'sorted' && isBuiltinReference(fn, file)) return 'sorted';
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'sort') return 'sort';
  return undefined;
}


function report(ctx: RuleContext, node: Node, kind: 'sorted' | 'sort', args: Node[], cmp: Node, fixable: boolean): void {
  const fixes: Partial<Record<Target, Fix>> = {};
  const hasKey = args.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'key');
  const hasSplat = args.some((a) => SPLATS.has(a.type));
  // With `key` too, Python 2 compared key(x) values with cmp; `None` means the default order. Both are left to the reader.
  if (fixable && !hasKey && !hasSplat && cmp.type !== 'none' && isModuleNameUsable(ctx.file, 'functools')) {
    const fix: Fix = {
      title: 'Pass `key=functools.cmp_to_key(cmp)`',
      safety: 'safe',
      edits: [{ start: node.startIndex, end: node.endIndex, newText: `key=functools.cmp_to_key(${cmp.text})` }],
      imports: [{ kind: 'import', module: 'functools' }],
    };
    fixes.py3 = fixes.compat = fix;
  }
  const what = kind === 'sorted' ? '`sorted()`' : '`list.sort()`';
  ctx.report({ node, message: `${what} takes no \`cmp\` argument in Python 3; use \`key=functools.cmp_to_key(cmp)\``, fixes });
}

/** The number of parameters of a plain function: no defaults, no `*args`/`**kw`; undefined otherwise. */
function plainParameterCount(parameters: Node | null): number | undefined {
  if (!parameters) return undefined;
  const params = parameters.namedChildren.filter((p) => p.type !== 'comment');
  return params.every((p) => p.type === 'identifier') ? params.length : undefined;
}

/**
 * Whether a positional argument of `.sort(...)` is a two-argument comparison function: a two-parameter
 * lambda, the builtin `cmp`, or a name this file defines with `def name(a, b)` (`def name(self, a, b)`
 * for `obj.name`). Other objects have `.sort()` methods with positional arguments too
 * (`df.sort('col')`), so an argument that is not visibly a cmp function is left alone.
 */
function isCmpFunction(arg: Node, file: SourceFile): boolean {
  if (arg.type === 'lambda') return plainParameterCount(arg.childForFieldName('parameters')) === 2;
  if (arg.type === 'identifier' && arg.text === 'cmp') return isBuiltinReference(arg, file);
  const name = arg.type === 'identifier' ? arg.text : arg.type === 'attribute' ? arg.childForFieldName('attribute')?.text : undefined;
  if (!name) return false;
  const want = arg.type === 'identifier' ? 2 : 3;
  const defs = new RegExp(`\\bdef[ \\t]+${name}[ \\t]*\\(`, 'g');
  let found = false;
  for (const m of file.text.matchAll(defs)) {
    const def = file.root.descendantForIndex(m.index, m.index + 3)?.parent;
    if (def?.type !== 'function_definition' || def.childForFieldName('name')?.text !== name) continue;
    if (plainParameterCount(def.childForFieldName('parameters')) !== want) return false;
    found = true;
  }
  return found;
}

export const cmpArgument: Rule = {
  id: 'cmp-argument',
  category: 'builtins',
  severity: 'error',
  summary: 'The `cmp` argument of `sorted()` and `list.sort()` is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `sorted(xs, cmp=f)`, `sorted(xs, f)` (cmp passed by position), `xs.sort(cmp=f)` and `xs.sort(f)` where `f` is visibly a ' +
      'comparison function (a two-parameter lambda, the builtin `cmp`, or a function the file defines with two parameters: other ' +
      'objects\' `sort()` methods take positional arguments too).',
    whyItBreaks: 'Python 3 sorts only by key: `sorted()` and `list.sort()` raise TypeError for a `cmp` argument. `functools.cmp_to_key` (Python 2.7 and 3) turns a comparison function into a key.',
    example: 'names.sort(cmp=lambda a, b: cmp(a.lower(), b.lower()))\nranked = sorted(items, by_score)',
    useInstead: 'import functools\nnames.sort(key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())))\nranked = sorted(items, key=functools.cmp_to_key(by_score))',
    fixSafety:
      'Safe: both versions sort with the same algorithm and only ask whether `cmp(a, b) < 0`, which is what the `cmp_to_key` wrapper answers, ' +
      'so the comparisons and the result are the same. Not fixed when a `key` is passed too (Python 2 applied cmp to the keys) or `cmp=None`.',
  },
  identifiers: ['cmp', 'sorted', 'sort'],
  onIdentifier(node, ctx) {
    // Each shape below is told by the token after the name in a tree without errors: `cmp=` (a
    // keyword argument), `sorted(` and `.sort(` (calls). Other mentions are passed over without the tree.
    const text = ctx.file.text;
    const next = text[nextTokenStart(text, node.endIndex)];
    if (next !== (node.text === 'cmp' ? '=' : '(') && !ctx.file.root.hasError) return;
    // cmp-builtin and isBuiltinReference ask for the same node's parent: remembered per node.
    const parent = parentOf(node);
    if (node.text === 'cmp' && parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id) {
      const list = parent.parent;
      const call = list?.parent;
      if (list?.type !== 'argument_list' || call?.type !== 'call') return;
      const kind = sortCall(call, ctx.file);
      const value = parent.childForFieldName('value');
      if (kind && value) report(ctx, parent, kind, list.namedChildren, value, true);
      return;
    }
    if (node.text === 'sorted' && parent?.type === 'call' && parent.childForFieldName('function')?.id === node.id && sortCall(parent, ctx.file) === 'sorted') {
      const list = parent.childForFieldName('arguments');
      if (list?.type !== 'argument_list') return;
      const args = list.namedChildren.filter((c) => c.type !== 'comment');
      const positional = args.filter((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat');
      // sorted(iterable, cmp=None, key=None, reverse=False) on Python 2: a second positional argument is cmp.
      if (positional.length < 2 || positional.slice(0, 2).some((a) => SPLATS.has(a.type))) return;
      // With key or reverse by position too, the rewrite would have to name them all: left to the reader.
      report(ctx, positional[1], 'sorted', args, positional[1], positional.length === 2);
      return;
    }
    // xs.sort(cmp, key=None, reverse=False) on Python 2: a first positional argument is cmp.
    if (node.text === 'sort' && parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id) {
      const call = parent.parent;
      if (call?.type !== 'call' || call.childForFieldName('function')?.id !== parent.id) return;
      const list = call.childForFieldName('arguments');
      if (list?.type !== 'argument_list') return;
      const args = list.namedChildren.filter((c) => c.type !== 'comment');
      const positional = args.filter((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat');
      if (positional.length === 0 || SPLATS.has(positional[0].type) || !isCmpFunction(positional[0], ctx.file)) return;
      report(ctx, positional[0], 'sort', args, positional[0], positional.length === 1);
    }
  },
};
