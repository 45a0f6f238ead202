import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const stringioChoice: Rule = {
  id: 'stringio-choice',
  category: 'imports',
  severity: 'error',
  summary: '`StringIO` and `cStringIO` do not exist in Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: "Flags imports of `StringIO` and `cStringIO`. The fix uses `io.StringIO` (lib2to3's choice); where the buffer holds bytes, `io.BytesIO` is right instead.",
    whyItBreaks: 'Python 3 removed both modules (ImportError). Its `io.StringIO` holds text only and `io.BytesIO` bytes only, while the Python 2 classes accepted byte strings (and `StringIO.StringIO` unicode too).',
    example: 'import cStringIO\nbuf = cStringIO.StringIO()\nfrom StringIO import StringIO',
    useInstead: 'py3: `import io`, `buf = io.StringIO()`, `from io import StringIO`\ncompat: `import six`, `buf = six.moves.cStringIO()`, `from six import StringIO`',
    fixSafety: 'Unsafe: `io.StringIO` raises TypeError when bytes are written to it, and what it returns is text. Choose `io.BytesIO` (`six.BytesIO`) where the data is bytes.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'stringio-choice');
  },
  identifiers: moduleUseIdentifiers('stringio-choice'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'stringio-choice');
  },
};
