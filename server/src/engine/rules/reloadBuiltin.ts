import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';

export const reloadBuiltin: Rule = {
  id: 'reload-builtin',
  category: 'builtins',
  severity: 'error',
  summary: '`reload` is not a builtin in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags uses of the builtin `reload`.',
    whyItBreaks: 'Python 3 moved `reload` to `importlib.reload` (`imp.reload` is gone since 3.12): the bare name raises NameError. `reload(sys)` is usually the Python 2 hack that re-exposes `sys.setdefaultencoding`, which Python 3 does not have at all.',
    example: 'import config\nreload(config)',
    useInstead: 'py3: `import importlib` and `importlib.reload(config)`\ncompat: `from six.moves import reload_module` and `reload_module(config)`',
    fixSafety: 'Safe: `importlib.reload` and `six.moves.reload_module` (the builtin on Python 2) reload a module the same way. `reload(sys)` gets no fix: remove it together with the `setdefaultencoding` call.',
  },
  identifiers: ['reload'],
  onIdentifier(node, ctx) {
    if (node.text !== 'reload' || !isBuiltinReference(node, ctx.file)) return;
    const call = callOf(node);
    const args = call && plainArguments(call);
    if (args?.length === 1 && args[0].text === 'sys') {
      ctx.report({ node, message: '`reload(sys)` is the Python 2 `setdefaultencoding` hack; Python 3 has neither `reload` nor `sys.setdefaultencoding`' });
      return;
    }
    const edit = (newText: string) => [{ start: node.startIndex, end: node.endIndex, newText }];
    const py3: Fix = { title: 'Replace `reload` with `importlib.reload`', safety: 'safe', edits: edit('importlib.reload'), imports: [{ kind: 'import', module: 'importlib' }] };
    const compat: Fix = { title: 'Replace `reload` with `reload_module` from `six.moves`', safety: 'safe', edits: edit('reload_module'), imports: [{ kind: 'from', module: 'six.moves', name: 'reload_module' }] };
    ctx.report({ node, message: '`reload` moved to `importlib.reload` in Python 3', fixes: { py3, compat } });
  },
};
