import type { Node } from 'web-tree-sitter';
import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference, isSideEffectFree, plainArguments } from './builtinReference';

function insideFunction(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'function_definition') return true;
  return false;
}

export const execfileBuiltin: Rule = {
  id: 'execfile-builtin',
  category: 'builtins',
  severity: 'error',
  summary: '`execfile` is a Python 2-only builtin',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags uses of the builtin `execfile`. Calls `execfile(fn[, globals[, locals]])` are rewritten to `exec(compile(open(fn, "rb").read(), fn, "exec")[, globals[, locals]])`.',
    whyItBreaks: 'Python 3 removed `execfile`: using it raises NameError.',
    example: 'execfile("settings.py", config)',
    useInstead: 'exec(compile(open("settings.py", "rb").read(), "settings.py", "exec"), config)',
    fixSafety: 'Unsafe: the generated code leaves the file handle to the garbage collector, and inside a function Python 3 `exec` cannot rebind the function\'s locals as Python 2 `execfile` could. The file name is written twice, so calls whose file name has side effects get no fix. In compat code, a one-argument `execfile` inside a function gets no fix: Python 2 rejects an unqualified `exec` in a function with nested functions.',
  },
  identifiers: ['execfile'],
  onIdentifier(node, ctx) {
    if (node.text !== 'execfile' || !isBuiltinReference(node, ctx.file)) return;
    const call = callOf(node);
    const args = call && plainArguments(call);
    const fixes: { py3?: Fix; compat?: Fix } = {};
    if (call && args && args.length >= 1 && args.length <= 3 && call.childForFieldName('arguments')!.namedChildren.length === args.length && isSideEffectFree(args[0])) {
      const fn = args[0].text;
      const namespaces = args.slice(1).map((a) => `, ${a.text}`).join('');
      const fix: Fix = {
        title: 'Replace `execfile(...)` with `exec(compile(...))`',
        safety: 'unsafe',
        edits: [{ start: call.startIndex, end: call.endIndex, newText: `exec(compile(open(${fn}, "rb").read(), ${fn}, "exec")${namespaces})` }],
      };
      fixes.py3 = fix;
      if (args.length > 1 || !insideFunction(call)) fixes.compat = fix;
    }
    ctx.report({ node, message: '`execfile` does not exist in Python 3', fixes });
  },
};
