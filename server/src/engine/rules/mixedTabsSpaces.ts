import { indentWidth, lexPython, python2TabSizeChanges, python2TabSizes, type LexResult, type PhysicalLine } from '../pythonLexer';
import type { Fix, Rule, TextEdit } from '../types';

// A file with no tab in any line's leading whitespace cannot raise TabError: skip it without lexing.
const TAB_IN_INDENT = /(?:^|[\n\r])[ \f]*\t/;

export const mixedTabsSpaces: Rule = {
  id: 'mixed-tabs-spaces',
  category: 'syntax',
  severity: 'error',
  summary: 'Indentation mixes tabs and spaces in a way Python 3 rejects (TabError)',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags statement lines whose indentation is consistent only if a tab is worth 8 columns, the way Python 2 reads it.',
    whyItBreaks:
      'Python 2 expands a tab to the next multiple of 8 columns and accepts any mix of tabs and spaces. Python 3 measures indentation twice, ' +
      'with tabs worth 8 and worth 1 column, and raises `TabError: inconsistent use of tabs and spaces in indentation` when the two ' +
      'disagree about whether a line is deeper, shallower or level with the block around it (`python2 -tt` applies the same check).',
    example: 'if x:\n\tif y:\n\t    a = 1\n    \tb = 2',
    useInstead: 'if x:\n        if y:\n            a = 1\n        b = 2',
    fixSafety:
      'Safe: every line\'s leading tabs are expanded to spaces exactly as Python 2 expands them, so each statement keeps the block Python 2 ' +
      'put it in. Lines inside multi-line strings are left alone; their tabs are string content.',
  },
  checkFile(ctx) {
    const text = ctx.file.text;
    // includes() first: most files hold no tab at all, and the regex costs ~40x the scan for one.
    if (!text.includes('\t') || !TAB_IN_INDENT.test(text)) return;
    const lex = lexPython(text);
    const offending = tabErrorLines(text, lex);
    if (offending.length === 0) return;
    // One fix for the whole file, shared by every finding: the fixer applies identical fixes once.
    const fix: Fix = { title: 'Re-indent the file with spaces, expanding tabs as Python 2 does', safety: 'safe', edits: expandTabEdits(text, lex) };
    for (const { line, reason } of offending) {
      const message = reason.startsWith('Python 2')
        ? `Indentation means another block in Python 3: ${reason}`
        : `Inconsistent use of tabs and spaces in indentation (${reason}): Python 3 raises TabError`;
      ctx.report({ start: line.start, end: line.indentEnd, message, fixes: { py3: fix, compat: fix } });
    }
  },
};

/**
 * Python 3's tokenizer check (Parser/tokenizer.c, `tok_get`): each logical line's indentation is measured
 * with tab size 8 (`col`) and tab size 1 (`altcol`) and compared with the stack of open blocks under both;
 * a comparison that comes out differently is a TabError. Python 2 measures with its own tab size, 8 unless
 * a `vim: ts=4`-style comment changed it (Python 3 ignores those), so a third measure drives the stack:
 * where it disagrees with Python 3's 8, the line would silently change blocks.
 */
export function tabErrorLines(text: string, lex: LexResult): { line: PhysicalLine; reason: string }[] {
  const { lines } = lex;
  const tabSizes = python2TabSizes(lines, python2TabSizeChanges(text, lex.tokens));
  const py2 = [0];
  const py3 = [0];
  const alt = [0];
  const found: { line: PhysicalLine; reason: string }[] = [];
  lines.forEach((line, index) => {
    if (!line.logical || line.blank) return;
    const tabSize = tabSizes[index];
    // The three widths in one pass (indentWidth with tab sizes tabSize, 8 and 1).
    let col2 = 0;
    let col3 = 0;
    let altcol = 0;
    for (let at = line.start; at < line.indentEnd; at++) {
      const c = text.charCodeAt(at);
      if (c === 9) {
        col2 = (Math.floor(col2 / tabSize) + 1) * tabSize;
        col3 = (Math.floor(col3 / 8) + 1) * 8;
        altcol++;
      } else if (c === 12) {
        col2 = col3 = altcol = 0;
      } else {
        col2++;
        col3++;
        altcol++;
      }
    }
    // Python 2's comparison with the innermost open block holds; Python 3's must hold under both measures.
    const check = (holds: (a: number, b: number) => boolean, tabError: string): string | undefined => {
      const top = py2.length - 1;
      if (!holds(col3, py3[top])) return `Python 2 reads its tabs as ${tabSize} columns, as a comment in the file says, Python 3 as 8`;
      if (!holds(altcol, alt[top])) return tabError;
      return undefined;
    };
    let reason: string | undefined;
    if (col2 === py2[py2.length - 1]) {
      reason = check((a, b) => a === b, 'level with its block only when a tab counts as 8 columns');
    } else if (col2 > py2[py2.length - 1]) {
      reason = check((a, b) => a > b, 'indented deeper only when a tab counts as 8 columns');
      py2.push(col2);
      py3.push(col3);
      alt.push(altcol);
    } else {
      while (py2.length > 1 && col2 < py2[py2.length - 1]) {
        py2.pop();
        py3.pop();
        alt.pop();
      }
      // A dedent to no open level is an IndentationError in Python 2 as well: not this rule's business.
      if (col2 === py2[py2.length - 1]) reason = check((a, b) => a === b, 'dedented to an outer block only when a tab counts as 8 columns');
    }
    if (reason) found.push({ line, reason });
  });
  return found;
}

/**
 * Replaces the leading whitespace of every line that has a tab in it and does not start inside a
 * string with spaces, expanding tabs as Python 2 does (its tab size at that line).
 */
export function expandTabEdits(text: string, lex: LexResult): TextEdit[] {
  const { lines } = lex;
  const tabSizes = python2TabSizes(lines, python2TabSizeChanges(text, lex.tokens));
  const edits: TextEdit[] = [];
  lines.forEach((line, index) => {
    if (line.inString) return;
    const indent = text.slice(line.start, line.indentEnd);
    if (!indent.includes('\t')) return;
    edits.push({ start: line.start, end: line.indentEnd, newText: ' '.repeat(indentWidth(indent, tabSizes[index])) });
  });
  return edits;
}
