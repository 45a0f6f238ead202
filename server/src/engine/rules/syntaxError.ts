import { indentWidth, lexPython, python2TabSizeChanges, python2TabSizes, treeSitterIndentWidth } from '../pythonLexer';
import { syntaxErrors } from '../syntaxErrors';
import type { Rule } from '../types';

const TAB_IN_INDENT = /(?:^|[\n\r])[ \f]*\t/;

export const syntaxError: Rule = {
  id: 'syntax-error',
  category: 'syntax',
  severity: 'error',
  summary: 'Python cannot parse this (even as Python 2)',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags code that the parser cannot read as Python 2 or Python 3. Where another rule explains the same code (for example ' +
      '`exec self.code in ns`, which only Python 2 accepts), only that rule\'s finding is shown.',
    whyItBreaks: 'Code that does not parse cannot run, and the other rules cannot see into it, so their findings there may be missing.',
    example: 'def f(:\n    pass',
    useInstead: 'def f():\n    pass',
    fixSafety: 'No fix: what was meant is for you to say.',
  },
  checkFile(ctx) {
    const { file } = ctx;
    if (!file.root.hasError) return;
    // Where tree-sitter measures indentation differently from Python (a tab after spaces), its blocks
    // can be wrong and its errors artefacts; mixed-tabs-spaces reports what Python itself rejects there.
    if (indentationMisread(file.text)) return;
    // In a Python 3 file (syntax Python 2 cannot parse elsewhere) this is no Python 2 code: either a
    // Python 3 syntax error or a construct tree-sitter's grammar misreads (test_compile.py's dedent inside
    // parentheses), so it is a warning there.
    const py3 = ctx.dialect === 'py3';
    for (const error of syntaxErrors(file)) {
      if (py3) ctx.report({ start: error.start, end: error.end, severity: 'warning', message: 'The parser cannot read this code (a Python 3 syntax error, or syntax the parser does not know)' });
      else ctx.report({ start: error.start, end: error.end });
    }
  },
};

/**
 * Some statement line's indentation has a different width to tree-sitter (a tab adds 8) than to Python 2
 * (a tab moves to the next multiple of 8, or of the tab size a `vim:ts=4`-style comment sets).
 */
export function indentationMisread(text: string): boolean {
  // includes() first: most files hold no tab at all, and the regex costs ~40x the scan for one.
  if (!text.includes('\t') || !TAB_IN_INDENT.test(text)) return false;
  const lex = lexPython(text);
  const tabSizes = python2TabSizes(lex.lines, python2TabSizeChanges(text, lex.tokens));
  return lex.lines.some((line, index) => {
    if (!line.logical || line.blank) return false;
    const indent = text.slice(line.start, line.indentEnd);
    return indent.includes('\t') && indentWidth(indent, tabSizes[index]) !== treeSitterIndentWidth(indent);
  });
}
