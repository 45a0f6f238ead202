import type { Rule } from '../types';

export const importStarNotModuleLevel: Rule = {
  id: 'import-star-not-module-level',
  category: 'syntax',
  severity: 'error',
  summary: '`from ... import *` is only allowed at module level in Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `from module import *` inside a function or a class body.',
    whyItBreaks:
      'Python 3 allows `import *` only at module level; inside a `def` or `class` it is a SyntaxError. Python 2 only warned ' +
      '(SyntaxWarning), and had to run such functions without its fast local variables.',
    example: 'def area(r):\n    from math import *\n    return pi * r ** 2',
    useInstead: 'def area(r):\n    from math import pi\n    return pi * r ** 2',
    fixSafety:
      'No automatic fix: which names the star import provides depends on the imported module at run time; ' +
      'import the names the code uses explicitly, or move the import to module level.',
  },
  keywords: ['import'],
  onKeyword(keyword, ctx) {
    // Only `import *` can be a star import: look at the text before asking the tree (a `*` after at
    // most 15 blanks). The keyword spans its six letters: no endIndex call.
    if (!starFollows(ctx.file.text, keyword.startIndex + 'import'.length)) return;
    const statement = keyword.parent;
    const stars = statement?.type === 'import_from_statement' && statement.namedChildren.some((c) => c?.type === 'wildcard_import') ? [statement] : [];
    for (const node of stars) {
      // Star imports are few per file, and the walk up stops at the module.
      for (let scope = node.parent; scope; scope = scope.parent) {
        if (scope.type === 'function_definition' || scope.type === 'class_definition') {
          const where = scope.type === 'function_definition' ? 'function' : 'class body';
          ctx.report({ node, message: `\`from ... import *\` inside a ${where} is a SyntaxError in Python 3` });
          break;
        }
      }
    }
  },
};

function starFollows(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + 16);
  let i = from;
  while (i < limit && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i < limit && text.charCodeAt(i) === 0x2a;
}
