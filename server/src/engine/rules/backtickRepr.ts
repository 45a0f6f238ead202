import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext } from '../types';

// Tree-sitter reads `...` as a string whose content it does not parse, so a nested backtick or a
// string holding one ends it early. This rule re-reads the source from the opening backtick with a
// small Python 2 tokenizer instead, and converts the whole expression, nested backticks included.

interface Conversion {
  /** Offset just past the closing backtick. */
  end: number;
  /** `repr(...)`, or undefined when the form could not be read. */
  text?: string;
}

/** Per file: the backtick expressions already read, by the offset of their opening backtick. */
const readByFile = new WeakMap<SourceFile, Map<number, Conversion>>();

export const backtickRepr: Rule = {
  id: 'backtick-repr',
  category: 'syntax',
  severity: 'error',
  summary: 'Backticks (`` `x` ``) are Python 2-only; use `repr(x)`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags the backtick operator, Python 2\'s shorthand for `repr()`: `` `x` ``, `` `a, b` ``.',
    whyItBreaks: 'Python 3 removed backticks; a file that uses them is a SyntaxError. `repr()` does the same on Python 2 and 3.',
    example: 'print "value: " + `x`\nkey = `a, b`',
    useInstead: 'print "value: " + repr(x)\nkey = repr((a, b))',
    fixSafety: 'Safe: `` `x` `` is compiled to the same `repr` call (the `UNARY_CONVERT` opcode calls `PyObject_Repr`). A comma list inside backticks is the repr of a tuple, so it keeps a second pair of parentheses. The fix is unsafe in a file that binds the name `repr` itself, where `repr(x)` would call that instead.',
  },
  // tree-sitter reads a backtick as the start of a string (`string_start`); a text scan finds the few
  // backticks, and a bare string_start inside an ERROR (a backtick expression spanning lines) counts too.
  checkFile(ctx) {
    const { text, root } = ctx.file;
    // Most backticks are reST markup (``x``) in docstrings and comments: one lookup covers the rest
    // of that string's content or comment, where no string starts.
    let skipUntil = -1;
    for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at + 1)) {
      if (at < skipUntil) continue;
      const node = root.descendantForIndex(at, at + 1);
      if (!node) continue;
      const type = node.type;
      if (type === 'string_content' || type === 'comment') skipUntil = node.endIndex;
      else if (type === 'string_start' && node.startIndex === at && node.endIndex === at + 1) convertAt(node, ctx);
    }
  },
};

function convertAt(start: Node, ctx: RuleContext): void {
  {
    const text = ctx.file.text;
    const open = start.startIndex + start.text.indexOf('`');
    let read = readByFile.get(ctx.file);
    if (!read) readByFile.set(ctx.file, (read = new Map()));
    // A backtick that closes or nests inside one already read is part of that finding.
    for (const [at, conversion] of read) if (open > at && open < conversion.end) return;
    let conversion = read.get(open);
    if (!conversion) {
      conversion = convertBacktick(text, open) ?? { end: Math.max(start.parent?.type === 'string' ? start.parent.endIndex : start.endIndex, open + 1) };
      read.set(open, conversion);
    }
    if (conversion.text === undefined) {
      ctx.report({ start: open, end: conversion.end, message: 'Backticks are Python 2-only; this form could not be converted automatically: use `repr(...)`' });
      return;
    }
    // `print`x`` needs a space once the backticks become a name.
    const newText = /[\w]/.test(text[open - 1] ?? '') ? ` ${conversion.text}` : conversion.text;
    // Backticks always call the builtin repr; a module that defines its own `repr` would get that instead.
    const safety = isLocallyBound(ctx.file, 'repr') ? 'unsafe' : 'safe';
    const fix: Fix = { title: 'Replace backticks with `repr()`', safety, edits: [{ start: open, end: conversion.end, newText }] };
    ctx.report({
      start: open, end: conversion.end,
      message: `Backticks are Python 2-only; use \`${conversion.text.length <= 60 ? conversion.text : 'repr(...)'}\``,
      fixes: { py3: fix, compat: fix },
    });
  }
}

// After these words an operand follows, so a backtick there opens a nested repr.
const OPERAND_AFTER = new Set(['and', 'or', 'not', 'in', 'is', 'lambda', 'if', 'else', 'for']);
const NUMBER = /(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[jJlL]?/y;
const STRING_START = /(?:[uU][rR]?|[bB][rR]?|[rR][bBuU]?)?('''|"""|'|")/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Reads the backtick expression opening at `open`; undefined when it is not one this tokenizer understands. */
export function convertBacktick(text: string, open: number): Conversion | undefined {
  let out = '';
  let i = open + 1;
  let depth = 0;
  let topLevelComma = false;
  let expectOperand = true;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\f') {
      out += c;
      i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r'))) {
      const length = text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      out += text.slice(i, i + length);
      i += length;
    } else if (c === '\n' || c === '\r') {
      // Backticks are not brackets: a newline outside brackets ends the statement (a SyntaxError in Python 2).
      if (depth === 0) return undefined;
      out += c;
      i++;
    } else if (c === '#') {
      if (depth === 0) return undefined;
      let eol = i;
      while (eol < text.length && text[eol] !== '\n' && text[eol] !== '\r') eol++;
      out += text.slice(i, eol);
      i = eol;
    } else if (c === '`') {
      if (expectOperand) {
        const nested = convertBacktick(text, i);
        if (!nested?.text) return undefined;
        out += nested.text;
        i = nested.end;
        expectOperand = false;
      } else {
        const inner = out.trim();
        if (depth !== 0 || inner === '') return undefined;
        return { end: i + 1, text: topLevelComma ? `repr((${inner}))` : `repr(${inner})` };
      }
    } else if (sticky(STRING_START, text, i) !== undefined) {
      const end = stringEnd(text, i);
      if (end === undefined) return undefined;
      out += text.slice(i, end);
      i = end;
      expectOperand = false;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = sticky(NAME, text, i) ?? c;
      out += word;
      i += word.length;
      expectOperand = OPERAND_AFTER.has(word);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const number = sticky(NUMBER, text, i) ?? c;
      out += number;
      i += number.length;
      expectOperand = false;
    } else if ('([{'.includes(c)) {
      depth++;
      out += c;
      i++;
      expectOperand = true;
    } else if (')]}'.includes(c)) {
      if (--depth < 0) return undefined;
      out += c;
      i++;
      expectOperand = false;
    } else if (c === ',') {
      if (depth === 0) topLevelComma = true;
      out += c;
      i++;
      expectOperand = true;
    } else if ('+-*/%&|^~<>=!:.@'.includes(c)) {
      out += c;
      i++;
      expectOperand = true;
    } else {
      return undefined; // `;`, `$`, non-ASCII: not an expression Python 2 accepts inside backticks
    }
  }
  return undefined;
}

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** End offset of the string literal starting at `at` (prefix included), or undefined if it is not closed. */
function stringEnd(text: string, at: number): number | undefined {
  STRING_START.lastIndex = at;
  const match = STRING_START.exec(text);
  if (!match) return undefined;
  const quote = match[1];
  let i = at + match[0].length;
  while (i < text.length) {
    const c = text[i];
    // Even in raw strings a backslash keeps the next character from closing the literal.
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (quote.length === 1 && (c === '\n' || c === '\r')) return undefined;
    if (text.startsWith(quote, i)) return i + quote.length;
    i++;
  }
  return undefined;
}
