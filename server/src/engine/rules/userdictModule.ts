import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const userdictModule: Rule = {
  id: 'userdict-module',
  category: 'imports',
  severity: 'error',
  summary: 'The `UserDict` module was removed in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags imports of the `UserDict` module. `UserDict.UserDict` and `UserDict.IterableUserDict` become `collections.UserDict`; `UserDict.DictMixin` has no direct replacement.',
    whyItBreaks: 'Python 3 removed the module: the import raises ImportError. `collections.UserDict` replaces both classes, and `collections.abc.MutableMapping` replaces `DictMixin`.',
    example: 'from UserDict import UserDict\nclass Settings(UserDict):\n    pass',
    useInstead: 'py3: `from collections import UserDict`\ncompat: `from six.moves import UserDict`',
    fixSafety: 'Unsafe: Python 2 `UserDict` is an old-style class without `__iter__`, `collections.UserDict` a new-style `MutableMapping`; subclasses that override methods or rely on old-style behaviour need review. `DictMixin` is flagged without a fix: `MutableMapping` needs `__iter__`, `__len__` and `__delitem__` where DictMixin derived everything from `keys()`.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'userdict-module');
  },
  identifiers: moduleUseIdentifiers('userdict-module'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'userdict-module');
  },
};
