import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const dbmModuleRename: Rule = {
  id: 'dbm-module-rename',
  category: 'imports',
  severity: 'error',
  summary: '`anydbm` and `whichdb` were merged into `dbm` in Python 3',
  fixability: { py3: 'unsafe', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags imports of `anydbm` and `whichdb` (lib2to3 `fix_imports2`).',
    whyItBreaks: 'Python 3 merged both into the `dbm` package (`dbm.open`, `dbm.whichdb`): the old names raise ImportError.',
    example: 'import anydbm\ndb = anydbm.open(path, "c")',
    useInstead: 'import dbm\ndb = dbm.open(path, "c")',
    fixSafety: 'Unsafe: Python 3 `dbm` databases return keys and values as bytes, and `dbm.whichdb()` names the modules differently. six.moves has no name for either module, so the compat target has no fix.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'dbm-module-rename');
  },
  identifiers: moduleUseIdentifiers('dbm-module-rename'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'dbm-module-rename');
  },
};
