import type { Node, TreeCursor } from 'web-tree-sitter';
import { ignoreDirectives } from '../analyze';
import { isLocallyBound } from '../context';
import type { SourceFile } from '../sourceFile';
import { inCommentOnItsLine, isWordChar } from '../textScan';
import type { Fix, Rule, Severity, TextEdit } from '../types';

// ---------------------------------------------------------------------------------------------
// A small token scanner over one logical line of Python 2 source.
//
// tree-sitter reads several Python 2 print and exec forms as something else (`print (a, b)` is a
// call, `print -1` a subtraction) or not at all (`exec self.code in ns` gives ERROR nodes), so both
// rules look at the statement's tokens themselves: strings, brackets, commas and keywords at the
// top level of the statement. exec-statement imports this scanner.
// ---------------------------------------------------------------------------------------------

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'group';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The source text; for a group only its opening character. */
  text: string;
}

export interface ScannedStatement {
  /** Tokens at bracket depth 0; a bracketed or backtick-quoted part is one `group` token. */
  tokens: Token[];
  /** End of the last token: where the statement's text stops (trailing comments excluded). */
  end: number;
  /** False when a string or bracket was still open at the limit. */
  complete: boolean;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);
const THREE_CHAR_OPS = new Set(['**=', '>>=', '<<=', '//=', '...']);
const TWO_CHAR_OPS = new Set(['>>', '<<', '**', '//', '==', '!=', '<>', '<=', '>=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', ':=']);
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;
const STRING_PREFIX = /^(?:[rRuUbBfF]|[uUbB][rR]|[rR][bBfF]|[fF][rR])$/;

// NAME_START and NAME_PART for one UTF-16 unit, with ASCII answered without a regular expression.
function isNameStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  return NAME_START.test(ch);
}

function isNamePart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  return NAME_PART.test(ch);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A string prefix (at most two letters) directly before a quote. */
function isStringPrefix(text: string, start: number, end: number): boolean {
  return end - start <= 2 && (text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(text.slice(start, end));
}

/**
 * Scans from `from` to the end of the logical line (a newline or `;` or `#` outside brackets), or to
 * `limit`. Handles strings with any prefix and triple quotes, comments and line continuations.
 */
export function scanStatement(text: string, from: number, limit = text.length): ScannedStatement {
  const tokens: Token[] = [];
  const stack: string[] = [];
  let groupStart = -1;
  let lastEnd = from;
  let i = from;
  const push = (kind: TokenKind, start: number, end: number): void => {
    lastEnd = end;
    if (stack.length === 0) tokens.push({ kind, start, end, text: text.slice(start, end) });
  };
  while (i < limit) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\f') {
      i++;
      continue;
    }
    if (ch === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (stack.length === 0) break;
      i++;
      continue;
    }
    if (ch === '#') {
      if (stack.length === 0) break;
      while (i < limit && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (ch === ';' && stack.length === 0) break;
    if (ch === '"' || ch === "'") {
      const end = stringEnd(text, i, limit);
      if (end < 0) return { tokens, end: lastEnd, complete: false };
      push('string', i, end);
      i = end;
      continue;
    }
    if (isNameStart(ch)) {
      let j = i + 1;
      while (j < limit && isNamePart(text[j])) j++;
      if (isStringPrefix(text, i, j)) {
        const end = stringEnd(text, j, limit);
        if (end < 0) return { tokens, end: lastEnd, complete: false };
        push('string', i, end);
        i = end;
        continue;
      }
      push('name', i, j);
      i = j;
      continue;
    }
    // Character codes, not regular expressions: this runs over every print and exec statement.
    if (isDigit(text.charCodeAt(i)) || (ch === '.' && isDigit(text.charCodeAt(i + 1)))) {
      // An exponent's sign belongs to the number (`1e-5`), but not in a hex literal (`0xE-1`).
      const hex = text.charCodeAt(i) === 0x30 && (text.charCodeAt(i + 1) | 0x20) === 0x78;
      let j = i + 1;
      for (; j < limit; j++) {
        const c = text.charCodeAt(j);
        if (isDigit(c) || isAsciiLetter(c) || c === 0x5f || c === 0x2e) continue; // [0-9a-zA-Z_.]
        if ((c === 0x2b || c === 0x2d) && (text.charCodeAt(j - 1) | 0x20) === 0x65 && !(hex && j - i >= 2)) continue; // [+-] after [eE]
        break;
      }
      push('number', i, j);
      i = j;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{' || (ch === '`' && stack[stack.length - 1] !== '`')) {
      if (stack.length === 0) groupStart = i;
      stack.push(ch === '`' ? '`' : OPENERS[ch]);
      i++;
      continue;
    }
    if (CLOSERS.has(ch) || ch === '`') {
      if (stack.length === 0) {
        // An unbalanced closer: the statement is not what we think it is.
        return { tokens, end: lastEnd, complete: false };
      }
      stack.pop();
      i++;
      lastEnd = i;
      if (stack.length === 0) tokens.push({ kind: 'group', start: groupStart, end: i, text: text[groupStart] });
      continue;
    }
    // Every operator of two or three characters has one of these as its second: most operators
    // (`,` `%` `.` followed by a space or a name) need no slice.
    const second = text[i + 1];
    const longer = second === '=' || second === '>' || second === '<' || second === '*' || second === '/' || second === '.';
    const op = !longer ? 1 : THREE_CHAR_OPS.has(text.slice(i, i + 3)) ? 3 : TWO_CHAR_OPS.has(text.slice(i, i + 2)) ? 2 : 1;
    push('op', i, i + op);
    i += op;
  }
  return { tokens, end: lastEnd, complete: stack.length === 0 };
}

/**
 * Whether the logical line from `from` has a `,` outside brackets and strings (a top-level token of
 * scanStatement), or undefined when it does not scan cleanly (an unclosed string or bracket, a
 * backtick) and only the tree can say. No tokens are made: raise-comma and except-comma ask this
 * for every `raise` and `except`, where scanStatement's tokens cost more than the tree's answer.
 */
export function topLevelComma(text: string, from: number): boolean | undefined {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      // " '
      i = stringEnd(text, i, text.length);
      if (i < 0) return undefined;
      continue;
    }
    if (c === 0x5c && (text.charCodeAt(i + 1) === 0x0a || text.charCodeAt(i + 1) === 0x0d)) {
      i += text.charCodeAt(i + 1) === 0x0d && text.charCodeAt(i + 2) === 0x0a ? 3 : 2; // a backslash continuation
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      if (depth === 0) return false;
    } else if (c === 0x23) {
      // # a comment ends the line
      if (depth === 0) return false;
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
      continue;
    } else if (c === 0x3b || c === 0x2c) {
      // ; ,
      if (depth === 0) return c === 0x2c;
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      depth++;
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (depth === 0) return undefined; // the closer of an enclosing bracket
      depth--;
    } else if (c === 0x60) {
      return undefined; // a backtick
    }
    i++;
  }
  return depth === 0 ? false : undefined;
}

/** The offset just past the string literal whose opening quote is at `quote`, or -1 when it is not closed. */
function stringEnd(text: string, quote: number, limit: number): number {
  const q = text[quote];
  const triple = text[quote + 1] === q && text[quote + 2] === q;
  let i = quote + (triple ? 3 : 1);
  while (i < limit) {
    const ch = text[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (!triple && (ch === '\n' || ch === '\r')) return -1;
    if (ch === q && (!triple || (text[i + 1] === q && text[i + 2] === q))) return i + (triple ? 3 : 1);
    i++;
  }
  return -1;
}

/** Splits tokens at top-level commas; `trailingComma` when the last token is a comma. */
export function splitAtCommas(tokens: readonly Token[]): { items: Token[][]; trailingComma: boolean } {
  const items: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'op' && token.text === ',') {
      items.push(current);
      current = [];
    } else {
      current.push(token);
    }
  }
  const trailingComma = tokens.length > 0 && tokens[tokens.length - 1].kind === 'op' && tokens[tokens.length - 1].text === ',';
  if (!trailingComma) items.push(current);
  return { items, trailingComma };
}

// Keywords that cannot begin an expression: after `print`/`exec` they mean the word is used as a
// name (Python 3) or the line is not valid Python 2 at all.
const NOT_EXPRESSION_START = new Set([
  'and', 'or', 'in', 'is', 'if', 'else', 'elif', 'for', 'while', 'as', 'from', 'import', 'with', 'def', 'class',
  'return', 'pass', 'break', 'continue', 'del', 'global', 'nonlocal', 'assert', 'raise', 'try', 'except', 'finally',
  'yield', 'print', 'exec',
]);
const UNARY_OPS = new Set(['-', '+', '~']);

/** Whether a statement `<keyword> <first token> ...` reads as Python 2's print/exec statement. */
export function startsExpression(first: Token): boolean {
  switch (first.kind) {
    case 'op':
      return UNARY_OPS.has(first.text);
    case 'name':
      return !NOT_EXPRESSION_START.has(first.text);
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------------------------
// String literal values: Python 2's print statement decides whether to write a space before the
// next item from the last character written (softspace), so the fix needs it for literals.
// ---------------------------------------------------------------------------------------------

interface LiteralEnd {
  /** The last character of the value, '' for an empty string. */
  last: string;
  unicode: boolean;
}

/** The last character of the value of a run of string tokens (implicit concatenation). */
function literalEnd(strings: readonly Token[], unicodeLiterals: boolean): LiteralEnd | undefined {
  let result: LiteralEnd | undefined;
  for (const token of strings) {
    if (token.kind !== 'string') return undefined;
    const quoteAt = token.text.search(/["']/);
    const prefix = token.text.slice(0, quoteAt).toLowerCase();
    if (prefix.includes('f')) return undefined;
    const q = token.text[quoteAt];
    const triple = token.text.startsWith(q.repeat(3), quoteAt);
    const body = token.text.slice(quoteAt + (triple ? 3 : 1), token.text.length - (triple ? 3 : 1));
    const unicode = prefix.includes('u') || (unicodeLiterals && !prefix.includes('b'));
    const last = lastCharOfValue(body, prefix.includes('r'), unicode);
    if (last !== '' || !result) result = { last, unicode: unicode || (result?.unicode ?? false) };
  }
  return result;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', a: '\x07', b: '\b', '\\': '\\', "'": "'", '"': '"' };

function lastCharOfValue(body: string, raw: boolean, unicode: boolean): string {
  // Without escapes the last character is the value's last (a \r\n ends in \n either way).
  if (raw || !body.includes('\\')) return body.length > 0 ? body[body.length - 1] : '';
  let last = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || raw) {
      last = ch === '\r' && body[i + 1] === '\n' ? '\n' : ch;
      if (ch === '\r' && body[i + 1] === '\n') i++;
      continue;
    }
    const next = body[i + 1] ?? '';
    i++;
    if (next === '\n' || next === '\r') {
      if (next === '\r' && body[i + 1] === '\n') i++;
      continue; // an escaped newline adds nothing
    }
    if (next in SIMPLE_ESCAPES) {
      last = SIMPLE_ESCAPES[next];
    } else if (next === 'x') {
      last = String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      last = String.fromCharCode(parseInt(digits, 8));
      i += digits.length - 1;
    } else if (unicode && (next === 'u' || next === 'U')) {
      const width = next === 'u' ? 4 : 8;
      last = String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + width), 16));
      i += width;
    } else if (unicode && next === 'N') {
      const close = body.indexOf('}', i);
      last = 'N'; // a named character; none of the whitespace names matter in practice
      i = close < 0 ? body.length : close;
    } else {
      last = next; // an unknown escape keeps its backslash; the last character is the one after it
    }
  }
  return last;
}

// Python 2 (ceval.c, PRINT_ITEM) sets softspace after an item unless it is a str or unicode whose
// last character is whitespace other than ' ' (C isspace for str, Py_UNICODE_ISSPACE for unicode).
function suppressesSoftspace(end: LiteralEnd): boolean {
  if (end.last === '' || end.last === ' ') return false;
  if ('\t\n\v\f\r'.includes(end.last)) return true;
  return end.unicode && /[\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(end.last);
}

/**
 * For an item of a print statement: true when its value is a string known to end in a newline-like
 * character, false when it is known not to, undefined when it depends on runtime values.
 */
function itemSuppressesSoftspace(item: readonly Token[], unicodeLiterals: boolean): boolean | undefined {
  if (item.length === 0) return undefined;
  if (item.every((t) => t.kind === 'string')) {
    const end = literalEnd(item, unicodeLiterals);
    return end ? suppressesSoftspace(end) : undefined;
  }
  // `"...\n" % args`: the formatted string ends as the format does (the format cannot end in a `%` spec).
  const percent = item.findIndex((t) => t.kind === 'op' && t.text === '%');
  if (percent > 0 && item.slice(0, percent).every((t) => t.kind === 'string')) {
    const operand = item.slice(percent + 1);
    const simpleOperand = operand.length > 0 && operand.every((t) => t.kind !== 'op' || t.text === '.') && operand[0].kind !== 'op';
    const end = literalEnd(item.slice(0, percent), unicodeLiterals);
    if (simpleOperand && end && end.last !== '') return suppressesSoftspace(end);
    return undefined;
  }
  // A number, list, tuple, ... is never a string: softspace is always set after it.
  if (item.length === 1 && (item[0].kind === 'number' || (item[0].kind === 'group' && item[0].text !== '('))) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The print sites of one file and the fix that converts them all.
// ---------------------------------------------------------------------------------------------

/**
 * statement: Python 2's print statement (tree-sitter may call it a call or a binary operator);
 * bare: a lone `print`; tuple: `print (a, b)`, which prints a tuple in Python 2 and two values in 3;
 * same: `print (x)`, the same on both; call: `print(x, end="")`, only valid as a function call;
 * name: `print` used as a name (`print = f`), which Python 2 rejects and Python 3 accepts;
 * unreadable: the tokens after `print` run into an unclosed string or bracket (code tree-sitter could not parse).
 */
type SiteKind = 'statement' | 'bare' | 'tuple' | 'same' | 'call' | 'name' | 'unreadable';

interface PrintSite {
  kind: SiteKind;
  start: number;
  end: number;
  /** Edits turning the site into a Python 3 call, when the site is converted. */
  edits?: TextEdit[];
  /** The conversion has the same output on Python 2.7 and 3 (see `docs.fixSafety`). */
  safe: boolean;
  /** Why the conversion is not safe, for the message. */
  caveat?: string;
}

interface PrintFindings {
  byStart: Map<number, { site: PrintSite; severity: Severity; message: string }>;
  fixes: { py3?: Fix; compat?: Fix };
}

function classify(file: SourceFile, start: number, limit: number, unicodeLiterals: boolean): PrintSite {
  const text = file.text;
  const kwEnd = start + 'print'.length;
  const scanned = scanStatement(text, kwEnd, limit);
  const { tokens } = scanned;
  const end = scanned.end;
  // An unclosed string or bracket, or a closer of an enclosing bracket: not a statement we can read.
  if (!scanned.complete) return { kind: 'unreadable', start, end, safe: false };
  if (tokens.length === 0) return { kind: 'bare', start, end: kwEnd, edits: [{ start: kwEnd, end: kwEnd, newText: '()' }], safe: true };
  const first = tokens[0];
  const chevron = first.kind === 'op' && first.text === '>>';
  if (!chevron && !startsExpression(first)) return { kind: 'name', start, end, safe: true };

  if (!chevron && tokens.length === 1 && first.kind === 'group' && first.text === '(') {
    const inner = scanStatement(text, first.start + 1, first.end - 1);
    const { items, trailingComma } = splitAtCommas(inner.tokens);
    const isKeyword = (item: Token[]): boolean =>
      (item[0]?.kind === 'op' && (item[0].text === '*' || item[0].text === '**')) ||
      (item.length > 1 && item[0].kind === 'name' && item[1].kind === 'op' && item[1].text === '=');
    if (items.some(isKeyword)) return { kind: 'call', start, end, safe: true };
    if (inner.tokens.length > 0 && items.length === 1 && !trailingComma) return { kind: 'same', start, end, safe: true };
    // Python 2 prints the tuple, so the call gets one tuple argument: `print((a, b))`, as 2to3 does.
    return {
      kind: 'tuple', start, end, safe: true,
      edits: [{ start: kwEnd, end: first.start, newText: '(' }, { start: end, end, newText: ')' }],
    };
  }

  const { items, trailingComma } = splitAtCommas(chevron ? tokens.slice(1) : tokens);
  let fileText: string | undefined;
  if (chevron) {
    const target = items.shift() ?? [];
    if (target.length === 0) return { kind: 'statement', start, end, safe: false };
    fileText = text.slice(target[0].start, target[target.length - 1].end);
    // `print >>f,` is a SyntaxError in Python 2: nothing to convert.
    if (items.length === 0 && trailingComma) return { kind: 'statement', start, end, safe: false };
  }
  if (items.some((item) => item.length === 0)) return { kind: 'statement', start, end, safe: false };

  // Python 2 writes a space between two items only when softspace is set after the first one.
  let safe = true;
  const caveats: string[] = [];
  // Python 2 writes each item before it evaluates the next; the call evaluates them all first.
  const later = items.slice(1).map((item) => (item.length > 0 ? callsIn(file, text, item[0].start, item[item.length - 1].end) : 'none'));
  const worst: CallKind = later.includes('printing') ? 'printing' : later.includes('call') ? 'call' : 'none';
  if (worst === 'printing') {
    safe = false;
    caveats.push('an item after the first calls a function of this file that prints, after Python 2 has written the items before it; the call evaluates every item before writing any');
  } else if (worst === 'call' && inTryBody(file, start)) {
    safe = false;
    caveats.push('an item after the first calls a function inside a `try`: if it raises, Python 2 has already written the items before it; the call writes none');
  }
  const separators = items.slice(0, -1).map((item) => (itemSuppressesSoftspace(item, unicodeLiterals) ? '' : ' '));
  let sep: string | undefined;
  if (separators.length > 0 && separators.every((s) => s === '')) sep = '';
  else if (separators.some((s) => s === '')) {
    safe = false;
    caveats.push('an item ending in a newline or tab is followed by another (Python 2 writes no space after it)');
  }
  let endArg: string | undefined;
  if (trailingComma) {
    const last = items[items.length - 1];
    if (itemSuppressesSoftspace(last, unicodeLiterals) === true) {
      endArg = '';
    } else {
      // Python 2 defers the space to the next print (and drops it before a newline or at exit).
      endArg = ' ';
      safe = false;
      caveats.push('the trailing comma becomes `end=" "`, which also writes a space before a later newline');
    }
  }
  const keywords = [
    ...(sep !== undefined ? [`sep=${JSON.stringify(sep)}`] : []),
    ...(endArg !== undefined ? [`end=${JSON.stringify(endArg)}`] : []),
    ...(fileText !== undefined ? [`file=${fileText}`] : []),
  ];
  const edits: TextEdit[] = [];
  if (items.length === 0) {
    edits.push({ start: kwEnd, end, newText: `(${keywords.join(', ')})` });
  } else {
    const firstItem = items[0][0];
    const lastItem = items[items.length - 1];
    const argsEnd = lastItem[lastItem.length - 1].end;
    edits.push({ start: kwEnd, end: firstItem.start, newText: '(' });
    edits.push({ start: argsEnd, end, newText: keywords.map((k) => `, ${k}`).join('') + ')' });
  }
  return { kind: 'statement', start, end, edits, safe, caveat: caveats.join('; ') || undefined };
}

// Builtins that neither write output nor raise for the values working code gives them: calls of them never make the fix unsafe.
// that raise on bad input (int(s), float(s), unicode(s), ord, chr, getattr) and builtins that call
// user functions (map, filter, reduce) are left out; a `key=` function of sorted/min/max that prints is not seen.
const PURE_BUILTINS = new Set([
  'len', 'str', 'repr', 'type', 'id', 'bool', 'abs', 'hex', 'oct', 'round', 'list', 'tuple', 'set', 'frozenset', 'dict',
  'min', 'max', 'sum', 'sorted', 'any', 'all', 'isinstance', 'issubclass', 'hasattr', 'callable', 'range', 'xrange', 'reversed',
  'enumerate', 'zip',
]);
// Keywords a parenthesised group can follow without being a call.
const KEYWORDS_BEFORE_GROUP = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'for', 'yield', 'print', 'exec', 'return']);

/** none: no call but of pure builtins; call: calls something else; printing: calls a function this file defines that prints. */
type CallKind = 'none' | 'call' | 'printing';

/** Per file: function name -> whether this file defines a function of that name whose body prints. */
const printingVerdicts = new WeakMap<SourceFile, Map<string, boolean>>();
/** Per file: function name -> where `\bdef[ \t]+name(?!\w)` matches, in order. */
const defsByFile = new WeakMap<SourceFile, Map<string, number[]>>();
const DEF_NAME = /def[ \t]+(\w+)/y;

/**
 * Where each name follows `def` in the text (the whole run of word characters after the blanks:
 * `\bdef[ \t]+name(?!\w)` matches exactly there), found by one pass over the file: a regular
 * expression per name looked up ran over the whole file for each one.
 */
function defsOf(file: SourceFile): Map<string, number[]> {
  let defs = defsByFile.get(file);
  if (!defs) {
    defs = new Map();
    const text = file.text;
    for (let at = text.indexOf('def'); at >= 0; at = text.indexOf('def', at + 3)) {
      if (isWordChar(text.charCodeAt(at - 1))) continue;
      DEF_NAME.lastIndex = at;
      const name = DEF_NAME.exec(text)?.[1];
      if (name === undefined) continue;
      const offsets = defs.get(name);
      if (offsets) offsets.push(at);
      else defs.set(name, [at]);
    }
    defsByFile.set(file, defs);
  }
  return defs;
}

/**
 * Whether this file defines a function `name` whose body prints or writes (a print statement,
 * `.write(`, `sys.stdout`). Worked out per name when a print item calls it: most names called in
 * print items are never defined in the file, and looking at every `def` (a parent lookup and a copy
 * of the body's text each) cost more than the rest of the rule's tree work.
 */
function isPrintingFunction(file: SourceFile, name: string): boolean {
  // A `def` name is ASCII letters, digits and underscores here (the pattern's `\w`).
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  let verdicts = printingVerdicts.get(file);
  if (!verdicts) printingVerdicts.set(file, (verdicts = new Map()));
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = false;
    for (const at of defsOf(file).get(name) ?? []) {
      const def = file.root.descendantForIndex(at, at + 3)?.parent;
      if (def?.type !== 'function_definition') continue;
      const body = def.childForFieldName('body');
      if (body && /\bprint\b|\.write\s*\(|\bstdout\b|\bstderr\b/.test(body.text)) {
        verdict = true;
        break;
      }
    }
    verdicts.set(name, verdict);
  }
  return verdict;
}

/** Whether the statement at `at` sits in the body of a `try` (in its own function): a handler there sees what an item raises. */
function inTryBody(file: SourceFile, at: number): boolean {
  for (let node = file.root.descendantForIndex(at, at); node; node = node.parent) {
    if (node.type === 'function_definition' || node.type === 'class_definition') return false;
    if (node.type === 'block' && node.parent?.type === 'try_statement' && node.parent.childForFieldName('body')?.id === node.id) return true;
  }
  return false;
}

/**
 * What the expression text between `start` and `end` calls: `name(` is a call unless the name is a
 * keyword or a pure builtin; `x.name(`, `f()(` and `d[k](` are calls of unknown functions. A call of
 * a name (or method name) this file defines with a printing body is 'printing'. Strings and comments are skipped.
 */
function callsIn(file: SourceFile, text: string, start: number, end: number): CallKind {
  let kind: CallKind = 'none';
  let previous = '';
  let previousName = '';
  let afterDot = false;
  for (let i = start; i < end; ) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = stringEnd(text, i, end);
      if (close < 0) return 'call';
      i = close;
      previous = 'string';
      continue;
    }
    if (ch === '#') {
      while (i < end && text[i] !== '\n') i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\\') {
      i++;
      continue;
    }
    if (isNameStart(ch)) {
      let j = i + 1;
      while (j < end && isNamePart(text[j])) j++;
      if (isStringPrefix(text, i, j)) {
        i = j;
        continue;
      }
      afterDot = previous === '.';
      previousName = text.slice(i, j);
      previous = 'name';
      i = j;
      continue;
    }
    if (ch === '(') {
      if (previous === 'name') {
        const pure = !afterDot && (KEYWORDS_BEFORE_GROUP.has(previousName) || (PURE_BUILTINS.has(previousName) && !isLocallyBound(file, previousName)));
        if (!pure) {
          if (isPrintingFunction(file, previousName)) return 'printing';
          kind = 'call';
        }
      } else if (previous === ')' || previous === ']' || previous === '}' || previous === 'string') {
        kind = 'call';
      }
    }
    previous = ch;
    i++;
  }
  return kind;
}

interface PrintWord {
  /** The end of the print statement, or of the expression statement, that this `print` begins. */
  statementEnd?: number;
  /** The `print` sits in an ERROR node: tree-sitter could not parse the code around it. */
  inError?: boolean;
  /** `print` used as a value (`out = print`, `map(print, xs)`) or called with keywords: Python 3 code. */
  python3Use: boolean;
}

/**
 * What the `print` at `at` is, read from the tree: the keyword from its leaf and parent, a name with
 * a cursor (`Node.parent` costs a walk from the root in web-tree-sitter, a cursor keeps its path).
 */
function printWordAt(cursorAt: () => TreeCursor, root: Node, at: number): PrintWord | undefined {
  // Python 2's keyword, the common case, is one leaf: its lookup and one `parent` cost about half
  // the cursor's walk down. An identifier may need several steps up: the cursor walks down to it.
  const leaf = root.descendantForIndex(at, at + 5);
  const leafType = leaf?.type;
  if (!leaf || (leafType !== 'print' && leafType !== 'identifier') || leaf.startIndex !== at || leaf.endIndex !== at + 5) return undefined;
  if (leafType === 'print') {
    const parent = leaf.parent;
    if (!parent) return undefined;
    if (parent.type === 'print_statement' && parent.startIndex === at) return { statementEnd: parent.endIndex, python3Use: false };
    return { inError: true, python3Use: false };
  }
  const cursor = cursorAt();
  // A function, not the getter, so that TypeScript does not narrow the type across cursor moves.
  const typeAt = (): string => cursor.nodeType;
  cursor.reset(root);
  for (;;) {
    if (!cursor.gotoFirstChildForIndex(at)) return undefined;
    const start = cursor.startIndex;
    if (start > at) return undefined;
    if (start === at && cursor.endIndex === at + 5 && typeAt() === 'identifier') break;
  }
  const field = cursor.currentFieldName;
  let child = 'identifier';
  let first = true;
  let python3Use = true;
  while (cursor.gotoParent()) {
    const type = typeAt();
    if (first) {
      first = false;
      if (type === 'ERROR') return { inError: true, python3Use: false };
      if ((type === 'attribute' && field === 'attribute') || (type === 'keyword_argument' && field === 'name')) python3Use = false;
      if (type === 'call' && field === 'function') {
        // Python 2 without the future import rejects keyword and star arguments to print.
        const args = cursor.currentNode.childForFieldName('arguments');
        python3Use = !!args && args.namedChildren.some((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat');
      }
    }
    if (cursor.startIndex !== at || type === 'module' || type === 'block' || type === 'ERROR') break;
    if (type === 'expression_statement') {
      // `print = 1` and `print += 1` assign to the name: Python 3 code.
      if (child === 'assignment' || child === 'augmented_assignment') return { python3Use: true };
      return { statementEnd: cursor.endIndex, python3Use: false };
    }
    child = type;
  }
  return { python3Use };
}

/** True when only whitespace, or a `;` or `:` ending the previous statement or header, precedes `at` on its line. */
export function atStatementStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') {
    // A backslash continuation makes this line part of the previous statement.
    let j = i;
    if (j >= 0 && text[j] === '\n') j--;
    if (j >= 0 && text[j] === '\r') j--;
    return j < 0 || text[j] !== '\\';
  }
  return text[i] === ';' || text[i] === ':';
}

/** What a file without print sites reports (never modified). */
const NO_FINDINGS: PrintFindings = { byStart: new Map(), fixes: {} };

function analyzePrints(file: SourceFile): PrintFindings {
  const future = file.futureFeatures.has('print_function');
  const unicodeLiterals = file.futureFeatures.has('unicode_literals');
  const { text, root } = file;
  const sites: PrintSite[] = [];
  let python3Evidence = false;
  // A text scan finds every `print` faster than a second tree query; the tree then says what each is.
  // The cursor is made at the first `print` used as a name: making and deleting one for every file
  // cost as much as the lookups of all the print statements.
  let cursor: TreeCursor | undefined;
  const cursorAt = (): TreeCursor => (cursor ??= root.walk());
  try {
    // `print` as a word (`\bprint\b`); one in a comment seen from its line is no code.
    for (let at = text.indexOf('print'); at >= 0; at = text.indexOf('print', at + 5)) {
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + 5)) || inCommentOnItsLine(text, at)) continue;
      const word = printWordAt(cursorAt, root, at);
      if (!word) continue;
      if (word.python3Use) python3Evidence = true;
      if (word.statementEnd !== undefined) sites.push(classify(file, at, word.statementEnd, unicodeLiterals));
      // Inside an ERROR node the tree says nothing reliable: the tokens decide, as for exec.
      else if (word.inError && atStatementStart(text, at)) sites.push(classify(file, at, text.length, unicodeLiterals));
    }
  } finally {
    cursor?.delete();
  }
  // Most files have no print site: nothing to report, no findings to assemble.
  if (sites.length === 0) return NO_FINDINGS;
  for (const site of sites) {
    if (site.kind === 'call' || site.kind === 'name') python3Evidence = true;
  }
  const statements = sites.some((s) => s.kind === 'statement');
  const python2Evidence = statements || sites.some((s) => s.kind === 'bare');

  const findings: PrintFindings = { byStart: new Map(), fixes: {} };
  const flagged: PrintSite[] = [];
  for (const site of sites) {
    let message: string | undefined;
    let severity: Severity = 'error';
    if (site.kind === 'statement') {
      message = future
        ? '`print` statement is a SyntaxError here: the module imports `print_function` from `__future__`'
        : '`print` statement is Python 2-only';
      if (site.caveat) message += ` (the fix is unsafe: ${site.caveat})`;
    } else if (site.kind === 'bare' && !future && (!python3Evidence || statements)) {
      message = 'Bare `print` statement is Python 2-only: in Python 3 it prints nothing';
    } else if (site.kind === 'tuple' && !future && python2Evidence && !python3Evidence) {
      message = '`print (a, b)` prints a tuple in Python 2 but separate values in Python 3';
      severity = 'warning';
    }
    if (message === undefined) continue;
    flagged.push(site);
    findings.byStart.set(site.start, { site, severity, message });
  }
  if (flagged.length === 0) return findings;

  // One fix converts every print site of the file at once. Partly converted code is ambiguous:
  // with some print statements left, a converted `print(a, b)` reads as Python 2's tuple print,
  // and for compat the future import turns every print left over into a SyntaxError.
  const ignored = ignoreDirectives(file);
  const isIgnored = (site: PrintSite): boolean => {
    if (ignored.skipFile) return true;
    if (ignored.lines.size === 0) return false;
    const line = file.lineIndex.positionAt(site.start).line;
    const ids = ignored.lines.get(line);
    return ids === 'all' || (ids !== undefined && ids.has('print-statement'));
  };
  const converted = flagged.filter((s) => !isIgnored(s));
  const convertible = converted.every((s) => s.edits !== undefined);
  if (convertible && converted.length > 0) {
    const edits = converted.flatMap((s) => s.edits ?? []);
    // With the future import the module never compiled on Python 2: there is no behaviour to keep.
    const safety = !future && converted.every((s) => s.safe) ? 'safe' : 'unsafe';
    const count = converted.filter((s) => s.kind !== 'tuple').length;
    const title = count > 1 ? `Convert all ${count} \`print\` statements in the file to \`print()\` calls` : 'Convert to `print()` call';
    findings.fixes.py3 = { title, safety, edits };
    // A print statement the user keeps (ignore comment) would not survive the future import.
    if (converted.length === flagged.length || future) {
      findings.fixes.compat = { title, safety, edits, imports: [{ kind: 'future', name: 'print_function' }] };
    }
  }
  return findings;
}

export const printStatement: Rule = {
  id: 'print-statement',
  category: 'syntax',
  severity: 'error',
  summary: '`print` statement is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags Python 2 `print` statements: `print x`, `print x, y`, `print x,`, `print >>f, x`, a bare `print`, and the forms that ' +
      'look like calls or expressions but are statements in Python 2 (`print -1`, `print [1, 2]`, `print (a) + b`). ' +
      'A statement that starts with `print` is a print statement unless the module imports `print_function` from `__future__`. ' +
      '`print (a, b)` is reported as a warning when the file has other Python 2 print statements and no Python 3 ones, because ' +
      'it prints a tuple in Python 2. A file that calls `print(..., end=...)`, `sep=`, `file=` or `print(*args)`, or uses `print` ' +
      'as a value, is Python 3 code: its `print(a, b)` calls and a bare `print` are left alone. `print (x)` with one value means ' +
      'the same on both and is not flagged; nor is `print *a`, which Python 2 rejects. With the future import, a print ' +
      'statement is reported as a SyntaxError on Python 2 too. Where tree-sitter cannot parse the code (ERROR nodes), a ' +
      '`print` that starts a line is read from its tokens.',
    whyItBreaks:
      'Python 3 made `print` a function: `print x` is a SyntaxError. Some forms still parse but mean something else: ' +
      '`print (a, b)` prints two values instead of the tuple `(a, b)`, `print -1` subtracts 1 from the function, and a bare ' +
      '`print` prints nothing.',
    example: 'print "total:", total\nprint >>sys.stderr, "warning"\nprint\nprint ("a", "b")\nprint "done\\n",',
    useInstead:
      'print("total:", total)\nprint("warning", file=sys.stderr)\nprint()\nprint(("a", "b"))\nprint("done\\n", end="")\n' +
      '# compat target: the same calls plus `from __future__ import print_function`',
    fixSafety:
      'One fix converts every print statement in the file at once: partly converted code would be ambiguous (`print(a, b)` ' +
      'beside remaining print statements still reads as a tuple print), and for the compat target the future import makes ' +
      'every remaining statement a SyntaxError. The fix is safe when every conversion in the file is. Unsafe conversions: ' +
      'a trailing comma after an item that is not a string literal ending in a newline or tab. Python 2 then sets "softspace" ' +
      'and writes the space only before the next item printed to that stream; it drops the space before a newline, before ' +
      '`sys.stdout.write()` output and at exit (where it writes a newline). `end=" "` writes the space at once, so ' +
      '`for x in xs: print x,` followed by `print` leaves a trailing space, and a last `print x,` ends the output without its ' +
      'newline. A trailing comma after a literal ending in a newline or tab becomes `end=""`, which is exact. Items: Python 2 ' +
      'writes no space after a string ending in a newline or tab, so `print "a:\\t", b` becomes `print("a:\\t", b, sep="")`; ' +
      'when only some items end that way the fix is unsafe. Python 2 evaluates and writes one item at a time, the call evaluates ' +
      'every item before writing any: `print "a:", f()` has already written `a: ` when `f()` raises or prints, `print("a:", f())` ' +
      'has not. So the fix is unsafe when an item after the first calls a function this file defines whose body prints ' +
      '(a print statement, `.write(`, `sys.stdout`), or when an item after the first calls anything but a builtin that neither ' +
      'prints nor raises for working code (`len`, `str`, `repr`, `sorted`, `isinstance`...: not `int(s)`, which raises on bad ' +
      'input) and the statement sits in the body of a `try` of its function, whose handler would see the partial line. ' +
      'Not seen (the accepted caveats): a call that raises into a handler in a caller, or a call of another module\'s function ' +
      'that prints; `print "x", name, obj.attr, d[k]` raises without a call. Strictly, any call could do either; treating every ' +
      'call as unsafe made one in nine of the Python 2.7 stdlib files with a safe print conversion (and most example programs) unsafe. ' +
      'Remaining caveat of the safe fix: a non-literal item, not the ' +
      'last, whose value is a string ending in a newline or tab gets a space after it in Python 3. `print (a, b)` becomes ' +
      '`print((a, b))`, which prints the same tuple. `print >>None, x` prints to stdout on both. In a module with the future ' +
      'import the module never compiled on Python 2, so there is no behaviour to preserve: the fix (the statement\'s ' +
      'Python 2 meaning) is offered as unsafe. A statement on a line with `# py3migrate: ignore[print-statement]` is left ' +
      'out of the fix, and the compat fix is then withheld: the future import would make that statement a SyntaxError.',
  },
  // Token-level: tree-sitter reads several print statements as calls or expressions, and the
  // conversion is decided for the whole file at once.
  checkFile(ctx) {
    const found = analyzePrints(ctx.file);
    for (const { site, severity, message } of found.byStart.values()) {
      ctx.report({ start: site.start, end: site.end, message, severity, fixes: found.fixes });
    }
  },
};
