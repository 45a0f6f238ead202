import type { Fix, Rule } from '../types';
import { asAtom, callOf, isBuiltinReference, plainArguments } from './builtinReference';

export const applyBuiltin: Rule = {
  id: 'apply-builtin',
  category: 'builtins',
  severity: 'error',
  summary: '`apply` is a Python 2-only builtin',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags uses of the builtin `apply`. Calls `apply(f, args[, kwargs])` are rewritten to `f(*args[, **kwargs])`.',
    whyItBreaks: 'Python 3 removed `apply`: using it raises NameError. The extended call syntax does the same on Python 2 and 3.',
    example: 'result = apply(handler, args, options)',
    useInstead: 'result = handler(*args, **options)',
    fixSafety: 'Safe: `apply(f, args, kw)` is defined as `f(*args, **kw)`, evaluated in the same order. Calls that pass `apply` keyword or star arguments are flagged without a fix.',
  },
  identifiers: ['apply'],
  onIdentifier(node, ctx) {
    if (node.text !== 'apply' || !isBuiltinReference(node, ctx.file)) return;
    const call = callOf(node);
    const args = call && plainArguments(call);
    const list = call?.childForFieldName('arguments');
    let fix: Fix | undefined;
    // A comment inside the argument list would be lost by the rewrite.
    if (call && args && list && args.length >= 1 && args.length <= 3 && list.namedChildren.length === args.length) {
      const [callee, positional, keywords] = args;
      const spread = [positional && `*${asAtom(positional)}`, keywords && `**${asAtom(keywords)}`].filter(Boolean).join(', ');
      // A callee such as `lambda: 0` or `a or b` must be parenthesised before it is called.
      const callable = asAtom(callee);
      fix = { title: 'Replace `apply(...)` with a direct call', safety: 'safe', edits: [{ start: call.startIndex, end: call.endIndex, newText: `${callable}(${spread})` }] };
    }
    ctx.report({ node, message: '`apply` does not exist in Python 3; call the function directly', fixes: fix ? { py3: fix, compat: fix } : {} });
  },
};
