// B22 `sys.exc_clear()` and B23 `sys.exitfunc`, which Python 3 removed.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, Target } from '../types';
import { calledBy, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';
import { deleteStatementEdit } from './statementEdits';

watchModuleAttributes('sys', ['exc_clear', 'exitfunc']);

export const sysExcClear: Rule = {
  id: 'sys-exc-clear',
  category: 'exceptions',
  severity: 'error',
  summary: '`sys.exc_clear()` is Python 2-only',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `sys.exc_clear` after `import sys`, and `from sys import exc_clear`.',
    whyItBreaks:
      'Python 2 kept the last handled exception (and its traceback, with every frame it references) alive until the function returned, so code ' +
      'called `sys.exc_clear()` to drop it. Python 3 clears it when the `except` block ends and removed the function: it raises AttributeError.',
    example: 'import sys\ntry:\n    run()\nexcept ValueError:\n    pass\nsys.exc_clear()',
    useInstead: 'import sys\ntry:\n    run()\nexcept ValueError:\n    pass',
    fixSafety:
      'Unsafe: the fix deletes the call statement (or makes it `pass` when it is alone in its block). On Python 3 that is what already happens ' +
      'after an except block, but inside one the exception stays visible to `sys.exc_info()` until the block ends, and on Python 2 (compat) ' +
      'the exception is no longer cleared.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) {
      if (ref.module !== 'sys' || ref.name !== 'exc_clear') continue;
      const fixes: Partial<Record<Target, Fix>> = {};
      const call = ref.attribute && calledBy(ref.attribute);
      const statement = call?.parent;
      if (call && statement?.type === 'expression_statement' && statement.namedChildren.length === 1) {
        const edit = deleteStatementEdit(statement, ctx.file);
        if (edit) fixes.py3 = fixes.compat = { title: 'Remove the `sys.exc_clear()` call', safety: 'unsafe', edits: [edit] };
      }
      ctx.report({ node: ref.attribute ?? ref.importItem, message: '`sys.exc_clear()` does not exist in Python 3, which clears the exception when the `except` block ends', fixes });
    }
  },
};

/** `sys.exitfunc = f` as a module-level statement of its own, the file's only mention of `exitfunc`. */
function registrable(attribute: Node, file: SourceFile): Node | undefined {
  const assignment = attribute.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.id !== attribute.id) return undefined;
  const value = assignment.childForFieldName('right');
  const statement = assignment.parent;
  if (!value || statement?.type !== 'expression_statement' || statement.parent?.type !== 'module' || statement.namedChildren.length !== 1) return undefined;
  // Another read or write of sys.exitfunc (chaining the previous handler) needs the whole protocol rewritten.
  for (const match of file.text.matchAll(/\bexitfunc\b/g)) {
    const node = file.root.descendantForIndex(match.index, match.index + 'exitfunc'.length);
    if (node?.type === 'identifier' && node.id !== attribute.childForFieldName('attribute')?.id) return undefined;
  }
  return value;
}

export const sysExitfunc: Rule = {
  id: 'sys-exitfunc',
  category: 'other',
  severity: 'error',
  summary: '`sys.exitfunc` is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `sys.exitfunc` (usually `sys.exitfunc = handler`) after `import sys`, and `from sys import exitfunc`.',
    whyItBreaks: 'Python 3 removed `sys.exitfunc`: assigning it does nothing, so the handler never runs, and reading it raises AttributeError. `atexit.register` replaces it.',
    example: 'import sys\nsys.exitfunc = cleanup',
    useInstead: 'import atexit\nimport sys\natexit.register(cleanup)',
    fixSafety:
      'Safe for a single module-level `sys.exitfunc = f` (the only mention of `exitfunc` in the file): `atexit.register(f)` runs `f` at exit on ' +
      'Python 2.7 and 3. (On Python 2 the assignment also replaced the handler that runs the atexit registrations of other modules, such as ' +
      '`logging.shutdown`; after the fix those run too.) Other uses, such as chaining a previous handler, are only explained.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) {
      if (ref.module !== 'sys' || ref.name !== 'exitfunc') continue;
      const fixes: Partial<Record<Target, Fix>> = {};
      const value = ref.attribute && registrable(ref.attribute, ctx.file);
      if (value && ref.attribute) {
        const fix: Fix = {
          title: 'Register the handler with `atexit.register`',
          safety: 'safe',
          edits: [{ start: ref.attribute.parent!.startIndex, end: ref.attribute.parent!.endIndex, newText: `atexit.register(${value.text})` }],
          imports: [{ kind: 'import', module: 'atexit' }],
        };
        fixes.py3 = fixes.compat = fix;
      }
      ctx.report({ node: ref.attribute ?? ref.importItem, message: '`sys.exitfunc` does not exist in Python 3; use `atexit.register`', fixes });
    }
  },
};
