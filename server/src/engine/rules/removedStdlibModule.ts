import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const removedStdlibModule: Rule = {
  id: 'removed-stdlib-module',
  category: 'imports',
  severity: 'error',
  summary: 'Standard-library module removed in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags imports of standard-library modules Python 3 removed without a direct successor (pylint `bad-python3-import`: `md5`, `sha`, `sets`, `new`, `popen2`, `rfc822`, `mimetools`, `htmllib`, `sgmllib`, `compiler`, `dircache`, ...), and `commands`, whose `getoutput` and `getstatusoutput` moved to `subprocess`.',
    whyItBreaks: 'The module does not exist in Python 3: the import raises ImportError.',
    example: 'import md5\ndigest = md5.new(data).hexdigest()',
    useInstead: 'import hashlib\ndigest = hashlib.md5(data).hexdigest()',
    fixSafety: 'No automatic fix: the replacements (`hashlib`, `set`, `types`, `subprocess`, `email`, `html.parser`, ...) have different APIs. For `commands`, `getoutput` and `getstatusoutput` get an unsafe fix to `subprocess` (Python 3 decodes the output, and `getstatusoutput` returns the exit code where Python 2 returned the wait status).',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'removed-stdlib-module');
  },
  identifiers: moduleUseIdentifiers('removed-stdlib-module'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'removed-stdlib-module');
  },
};
