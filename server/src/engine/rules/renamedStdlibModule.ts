import type { Rule } from '../types';
import { checkModuleImport, checkModuleUse, importedModuleNodes, moduleUseIdentifiers } from './moduleImports';

export const renamedStdlibModule: Rule = {
  id: 'renamed-stdlib-module',
  category: 'imports',
  severity: 'error',
  summary: 'Standard-library module renamed in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags imports of standard-library modules that Python 3 renamed (`Queue`, `ConfigParser`, `cPickle`, `httplib`, `Tkinter`, ... the lib2to3 `fix_imports` map), `UserList` and `UserString` (now in `collections`), and uses of members the Python 3 module lacks.',
    whyItBreaks: 'The Python 2 name does not exist in Python 3: the import raises ImportError. The module lives on under a new name (`queue`, `configparser`, `pickle`, `http.client`, `tkinter`).',
    example: 'import Queue\nq = Queue.Queue()\nfrom ConfigParser import RawConfigParser',
    useInstead: 'py3: `import queue`, `q = queue.Queue()`, `from configparser import RawConfigParser`\ncompat: `from six.moves import queue`, `q = queue.Queue()`, `from six.moves.configparser import RawConfigParser`',
    fixSafety: "Safe where the Python 3 module has the same API: the fix renames the import and every `Queue.<member>` use in the file (or imports the new module under the old name, `import queue as Queue`, when a use cannot be renamed). Unsafe where the API changed: `ConfigParser` (interpolation, strict mode), `HTMLParser` (`convert_charrefs`), `Tix`, `dummy_thread`, `dumbdbm`/`gdbm` (bytes keys), `UserList`/`UserString` (new-style classes), `test.test_support`. No fix for `dbhash` (lib2to3's `dbm.bsd` does not exist), nor for the compat target where six.moves has no name (`markupbase`, `DocXMLRPCServer`).",
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    for (const node of importedModuleNodes(keyword, ctx.file)) checkModuleImport(node, ctx, 'renamed-stdlib-module');
  },
  identifiers: moduleUseIdentifiers('renamed-stdlib-module'),
  onIdentifier(identifier, ctx) {
    checkModuleUse(identifier, ctx, 'renamed-stdlib-module');
  },
};
