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

// Multi-character operators, longest first within each first character.
const OPERATORS_BY_FIRST = new Map<number, string[]>();
for (const op of ['**=', '//=', '>>=', '<<=', '...', '**', '//', '>>', '<<', '<=', '>=', '==', '!=', '<>', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=']) {
  const first = op.charCodeAt(0);
  const list = OPERATORS_BY_FIRST.get(first) ?? [];
  list.push(op);
  OPERATORS_BY_FIRST.set(first, list);
}
const STRING_PREFIX = /^(?:[uUbBrRfF]|[uUbB][rR]|[rR][bBfF]|[fF][rR])$/;

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const FF = 12;
const HASH = 35;
const BACKSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;
const DOT = 46;

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
  // The open string: its quote character code, whether it is triple-quoted, where it started.
  let quote = 0;
  let triple = false;
  let stringStart = -1;
  let line: PhysicalLine | undefined;

  const startLine = (at: number): void => {
    if (line) line.end = lineBreakBefore(text, at);
    const inString = stringStart >= 0;
    let indentEnd = at;
    if (!inString) {
      for (let c = text.charCodeAt(indentEnd); c === SPACE || c === TAB || c === FF; c = text.charCodeAt(++indentEnd));
    }
    const next = text.charCodeAt(indentEnd);
    line = {
      start: at,
      indentEnd,
      end: n,
      logical: !inString && depth === 0 && !continued,
      inString,
      blank: !inString && (indentEnd >= n || next === NL || next === CR || next === HASH),
    };
    lines.push(line);
    continued = false;
  };
  const openString = (at: number, quoteAt: number): number => {
    quote = text.charCodeAt(quoteAt);
    triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    stringStart = at;
    return quoteAt + (triple ? 3 : 1);
  };
  const closeString = (end: number): void => {
    tokens.push({ kind: 'string', start: stringStart, end, text: '' });
    stringStart = -1;
  };

  startLine(0);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === NL || next === CR) {
          i = afterLineBreak(text, i + 1);
          startLine(i);
        } else {
          i += 2;
        }
      } else if (c === NL || c === CR) {
        if (!triple) {
          // An unterminated one-line string: Python 2 rejects it too; end it at the line break.
          closeString(i);
          continue;
        }
        i = afterLineBreak(text, i);
        startLine(i);
      } else if (c === quote && (!triple || (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c))) {
        const end = i + (triple ? 3 : 1);
        closeString(end);
        i = end;
      } else {
        i++;
      }
      continue;
    }

    if (c === NL || c === CR) {
      i = afterLineBreak(text, i);
      startLine(i);
    } else if (c === SPACE || c === TAB || c === FF) {
      i++;
    } else if (c === HASH) {
      let j = i + 1;
      for (let d = text.charCodeAt(j); j < n && d !== NL && d !== CR; d = text.charCodeAt(++j));
      tokens.push({ kind: 'comment', start: i, end: j, text: '' });
      i = j;
    } else if (c === BACKSLASH && (text.charCodeAt(i + 1) === NL || text.charCodeAt(i + 1) === CR)) {
      continued = true;
      i = afterLineBreak(text, i + 1);
      startLine(i);
    } else if (c === DQUOTE || c === SQUOTE) {
      i = openString(i, i);
    } else if (isNameStart(c)) {
      let j = i + 1;
      while (j < n && isNameChar(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j);
      const word = text.slice(i, j);
      if ((after === DQUOTE || after === SQUOTE) && j - i <= 2 && STRING_PREFIX.test(word)) {
        i = openString(i, j);
        continue;
      }
      tokens.push({ kind: 'name', start: i, end: j, text: word });
      i = j;
    } else if (isDigit(c) || (c === DOT && isDigit(text.charCodeAt(i + 1)))) {
      const hex = c === 48 && (text.charCodeAt(i + 1) | 32) === 120;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isNameChar(d) || d === DOT) j++;
        // An exponent's sign: 1e-5, but not 0xE-1.
        else if ((d === 43 || d === 45) && !hex && (text.charCodeAt(j - 1) | 32) === 101) j++;
        else break;
      }
      tokens.push({ kind: 'number', start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else {
      if (c === 40 || c === 91 || c === 123) depth++;
      else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
      let op = text[i];
      // Every longer operator has one of = > < * / . as its second character: most operators
      // (`,` `(` `.` before a name or a space) need no lookup.
      const second = text.charCodeAt(i + 1);
      if (second === 0x3d || second === 0x3e || second === 0x3c || second === 0x2a || second === 0x2f || second === 0x2e) {
        const candidates = OPERATORS_BY_FIRST.get(c);
        if (candidates) op = candidates.find((o) => text.startsWith(o, i)) ?? op;
      }
      tokens.push({ kind: 'op', start: i, end: i + op.length, text: op });
      i += op.length;
    }
  }
  if (stringStart >= 0) closeString(n);
  if (line) line.end = n;
  return { tokens, lines };
}

function afterLineBreak(text: string, at: number): number {
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === NL ? at + 2 : at + 1;
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
