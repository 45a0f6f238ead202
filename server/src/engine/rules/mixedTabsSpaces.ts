import { indentWidth, lexPython, type PhysicalLine } from '../pythonLexer';
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
    if (!TAB_IN_INDENT.test(text)) return;
    const { lines } = lexPython(text);
    const offending = tabErrorLines(text, lines);
    if (offending.length === 0) return;
    // One fix for the whole file, shared by every finding: the fixer applies identical fixes once.
    const fix: Fix = { title: 'Re-indent the file with spaces, expanding tabs as Python 2 does', safety: 'safe', edits: expandTabEdits(text, lines) };
    for (const { line, reason } of offending) {
      ctx.report({ start: line.start, end: line.indentEnd, message: `Inconsistent use of tabs and spaces in indentation (${reason}): Python 3 raises TabError`, fixes: { py3: fix, compat: fix } });
    }
  },
};

/**
 * Python 3's tokenizer check (Parser/tokenizer.c, `tok_get`; `python2 -tt` does the same): each logical line's
 * indentation is measured with tab size 8 (`col`) and tab size 1 (`altcol`), and compared with the stack of
 * open blocks under both. A comparison that comes out differently is a TabError. The structure that goes on
 * being tracked after an error is Python 2's (tab size 8).
 */
export function tabErrorLines(text: string, lines: readonly PhysicalLine[]): { line: PhysicalLine; reason: string }[] {
  const cols = [0];
  const altcols = [0];
  const found: { line: PhysicalLine; reason: string }[] = [];
  for (const line of lines) {
    if (!line.logical || line.blank) continue;
    const indent = text.slice(line.start, line.indentEnd);
    const col = indentWidth(indent, 8);
    const altcol = indentWidth(indent, 1);
    const top = cols.length - 1;
    if (col === cols[top]) {
      if (altcol !== altcols[top]) found.push({ line, reason: 'level with its block only when a tab counts as 8 columns' });
    } else if (col > cols[top]) {
      if (altcol <= altcols[top]) found.push({ line, reason: 'indented deeper only when a tab counts as 8 columns' });
      cols.push(col);
      altcols.push(altcol);
    } else {
      while (cols.length > 1 && col < cols[cols.length - 1]) {
        cols.pop();
        altcols.pop();
      }
      // A dedent to no open level is an IndentationError in Python 2 as well: not this rule's business.
      if (col === cols[cols.length - 1] && altcol !== altcols[altcols.length - 1]) {
        found.push({ line, reason: 'dedented to an outer block only when a tab counts as 8 columns' });
      }
    }
  }
  return found;
}

/** Replaces the leading whitespace of every line that has a tab in it and does not start inside a string. */
export function expandTabEdits(text: string, lines: readonly PhysicalLine[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const line of lines) {
    if (line.inString) continue;
    const indent = text.slice(line.start, line.indentEnd);
    if (!indent.includes('\t')) continue;
    edits.push({ start: line.start, end: line.indentEnd, newText: ' '.repeat(indentWidth(indent, 8)) });
  }
  return edits;
}
