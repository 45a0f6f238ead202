// A small Python tokenizer over the raw text, for the checks that the tree cannot answer:
// which physical lines start a logical line (Python's tokenizer measures indentation only
// there), which lie inside a multi-line string, and the code tokens around a word.
//
// Why not the tree: tree-sitter's indentation scanner counts a tab as a flat +8 columns where
// Python 2 rounds up to the next multiple of 8, so on files that mix tabs and spaces its block
// structure can be silently wrong; and words that became keywords (`async`, `nonlocal`, `True`)
// make it recover into ERROR nodes that no longer say where a statement starts. Strings,
// comments, brackets and backslash continuations do not depend on indentation, so a
// character-level pass gets them right where the tree does not.
//
// Runs only on files that a cheap text check selects; it is one linear pass.

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'comment';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token text for names and operators (strings and comments leave it empty). */
  text: string;
}

export interface PhysicalLine {
  /** Offset of the first character of the line. */
  start: number;
  /** End of the leading whitespace; equals `start` for lines that begin inside a string. */
  indentEnd: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Python's tokenizer measures this line's indentation: not inside brackets, a string or after a backslash. */
  logical: boolean;
  /** The line begins inside a string (a triple-quoted string, or a backslash-continued one). */
  inString: boolean;
  /** Only whitespace and maybe a comment: Python ignores such lines for indentation. */
  blank: boolean;
}

export interface LexResult {
  tokens: Token[];
  lines: PhysicalLine[];
}

const OPERATORS = [
  '**=', '//=', '>>=', '<<=', '...',
  '**', '//', '>>', '<<', '<=', '>=', '==', '!=', '<>', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=',
];
const STRING_PREFIX = /^(?:[uUbBrRfF]|[uUbB][rR]|[rR][bBfF]|[fF][rR])$/;

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function lexPython(text: string): LexResult {
  const tokens: Token[] = [];
  const lines: PhysicalLine[] = [];
  const n = text.length;
  let depth = 0;
  let continued = false;
  let string: { quote: string; triple: boolean; start: number } | undefined;
  let line: PhysicalLine | undefined;

  const startLine = (at: number): void => {
    if (line) line.end = lineBreakBefore(text, at);
    let indentEnd = at;
    if (!string) while (indentEnd < n && (text[indentEnd] === ' ' || text[indentEnd] === '\t' || text[indentEnd] === '\f')) indentEnd++;
    const next = text[indentEnd];
    line = {
      start: at,
      indentEnd,
      end: n,
      logical: !string && depth === 0 && !continued,
      inString: string !== undefined,
      blank: !string && (indentEnd >= n || next === '\n' || next === '\r' || next === '#'),
    };
    lines.push(line);
    continued = false;
  };

  startLine(0);
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (string) {
      if (c === '\\') {
        if (text[i + 1] === '\n' || text[i + 1] === '\r') {
          i = afterLineBreak(text, i + 1);
          startLine(i);
        } else {
          i += 2;
        }
        continue;
      }
      if (c === '\n' || c === '\r') {
        if (!string.triple) {
          // An unterminated one-line string: Python 2 rejects it too; end it at the line break.
          tokens.push({ kind: 'string', start: string.start, end: i, text: '' });
          string = undefined;
          continue;
        }
        i = afterLineBreak(text, i);
        startLine(i);
        continue;
      }
      if (c === string.quote && (!string.triple || (text[i + 1] === c && text[i + 2] === c))) {
        const end = i + (string.triple ? 3 : 1);
        tokens.push({ kind: 'string', start: string.start, end, text: '' });
        string = undefined;
        i = end;
        continue;
      }
      i++;
      continue;
    }

    if (c === '\n' || c === '\r') {
      i = afterLineBreak(text, i);
      startLine(i);
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      let j = i;
      while (j < n && text[j] !== '\n' && text[j] !== '\r') j++;
      tokens.push({ kind: 'comment', start: i, end: j, text: '' });
      i = j;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      continued = true;
      i = afterLineBreak(text, i + 1);
      startLine(i);
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text[i + 1] === c && text[i + 2] === c;
      string = { quote: c, triple, start: i };
      i += triple ? 3 : 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isNameStart(code)) {
      let j = i + 1;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if ((text[j] === '"' || text[j] === "'") && STRING_PREFIX.test(word)) {
        const triple = text[j + 1] === text[j] && text[j + 2] === text[j];
        string = { quote: text[j], triple, start: i };
        i = j + (triple ? 3 : 1);
        continue;
      }
      tokens.push({ kind: 'name', start: i, end: j, text: word });
      i = j;
      continue;
    }
    if (isDigit(code) || (c === '.' && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (isNameChar(text.charCodeAt(j)) || d === '.') j++;
        else if ((d === '+' || d === '-') && (text[j - 1] === 'e' || text[j - 1] === 'E') && !/^0[xX]/.test(text.slice(i, j))) j++;
        else break;
      }
      tokens.push({ kind: 'number', start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    const op = OPERATORS.find((o) => text.startsWith(o, i)) ?? c;
    tokens.push({ kind: 'op', start: i, end: i + op.length, text: op });
    i += op.length;
  }
  if (string) tokens.push({ kind: 'string', start: string.start, end: n, text: '' });
  if (line) line.end = n;
  return { tokens, lines };
}

function afterLineBreak(text: string, at: number): number {
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

function lineBreakBefore(text: string, lineStart: number): number {
  if (lineStart >= 2 && text[lineStart - 2] === '\r' && text[lineStart - 1] === '\n') return lineStart - 2;
  if (lineStart >= 1 && (text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r')) return lineStart - 1;
  return lineStart;
}

/** Python 2's indentation width (and Python 3's with tab size 8): a tab moves to the next multiple of 8, a form feed resets. */
export function indentWidth(indent: string, tabSize = 8): number {
  let col = 0;
  for (const c of indent) {
    if (c === '\t') col = (Math.floor(col / tabSize) + 1) * tabSize;
    else if (c === '\f') col = 0;
    else col++;
  }
  return col;
}

/** tree-sitter-python's scanner: a tab adds a flat 8, a form feed resets. */
export function treeSitterIndentWidth(indent: string): number {
  let col = 0;
  for (const c of indent) {
    if (c === '\t') col += 8;
    else if (c === '\f') col = 0;
    else col++;
  }
  return col;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Python 2's tokenizer honours editor settings in comments (Parser/tokenizer.c, "tab-setting magic"):
// from the first 79 characters after a `#`, each of these forms that occurs sets the tab size (1-40)
// for the lines that follow. Python 3 dropped this: it always uses 8.
const TAB_SIZE_FORMS = ['tab-width:', ':tabstop=', ':ts=', 'set tabsize='];

export interface TabSizeChange {
  /** The tab size applies to lines starting after this offset. */
  offset: number;
  size: number;
}

export function python2TabSizeChanges(text: string, tokens: readonly Token[]): TabSizeChange[] {
  const changes: TabSizeChange[] = [];
  for (const token of tokens) {
    if (token.kind !== 'comment') continue;
    const head = text.slice(token.start + 1, Math.min(token.end, token.start + 80));
    if (!/tab-width:|:tabstop=|:ts=|set tabsize=/.test(head)) continue;
    let size: number | undefined;
    for (const form of TAB_SIZE_FORMS) {
      const at = head.indexOf(form);
      if (at < 0) continue;
      const value = cAtoi(head.slice(at + form.length));
      if (value >= 1 && value <= 40) size = value;
    }
    if (size !== undefined) changes.push({ offset: token.start, size });
  }
  return changes;
}

/** C's atoi: leading whitespace, an optional sign, digits; 0 when there are none. */
function cAtoi(s: string): number {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return match ? parseInt(match[1], 10) : 0;
}

/** Python 2's tab size for each line (8 unless a magic comment before the line changed it). */
export function python2TabSizes(lines: readonly PhysicalLine[], changes: readonly TabSizeChange[]): number[] {
  const sizes: number[] = [];
  let size = 8;
  let next = 0;
  for (const line of lines) {
    while (next < changes.length && changes[next].offset < line.start) size = changes[next++].size;
    sizes.push(size);
  }
  return sizes;
}
