// Reading and rewriting Python 2 string literals, shared by the string rules
// (ur-string-prefix, non-ascii-bytes-literal, unicode-escape-in-native-str).
// Works on the literal's source text, not on tree-sitter's children: the grammar
// does not always produce a string_content node (in `ur'\''` the end token swallows it).
//
// These rules look for literals that are rare in real code. Instead of a query with a `#match?`
// predicate, which web-tree-sitter evaluates in JS for every string of the file on every
// analysis, they scan the text with a regular expression and ask the tree only at the hits.

import type { Node } from 'web-tree-sitter';
import { encodeSource, normalizeEncoding } from '../sourceText';
import type { SourceFile } from '../sourceFile';

export interface StringLiteral {
  /** The prefix letters as written: '', 'u', 'UR', 'b', 'br', ... */
  prefix: string;
  /** The delimiter: `'`, `"`, `'''` or `"""`. */
  quote: string;
  /** The text between the delimiters. */
  content: string;
  /** Offset of the content in the file. */
  contentStart: number;
}

/** Splits a `string` node into prefix, quote and content; undefined for backticks and odd shapes. */
export function stringLiteral(node: Node): StringLiteral | undefined {
  const text = node.text;
  const prefix = /^[A-Za-z]*/.exec(text)![0];
  const rest = text.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if (quote !== '"' && quote !== "'" && quote !== '"""' && quote !== "'''") return undefined;
  if (rest.length < 2 * quote.length || !rest.endsWith(quote)) return undefined;
  return {
    prefix,
    quote,
    content: rest.slice(quote.length, rest.length - quote.length),
    contentStart: node.startIndex + prefix.length + quote.length,
  };
}

/**
 * The string literals that a regular expression (global flag) finds in the file text, each once.
 * `at: 'start'`: a match must begin exactly at a literal's prefix (`ur"`), not inside another
 * literal or a comment. `at: 'inside'`: a match anywhere inside a literal selects that literal.
 */
export function literalsMatching(file: SourceFile, pattern: RegExp, at: 'start' | 'inside'): Node[] {
  return literalsAt(file, matchOffsets(file.text, pattern), at);
}

function* matchOffsets(text: string, pattern: RegExp): Generator<number> {
  for (const match of text.matchAll(pattern)) yield match.index;
}

/** literalsMatching for offsets found otherwise (in increasing order), e.g. with `indexOf`. */
export function literalsAt(file: SourceFile, offsets: Iterable<number>, at: 'start' | 'inside'): Node[] {
  const found: Node[] = [];
  let coveredUntil = -1;
  for (const offset of offsets) {
    if (offset < coveredUntil) continue;
    let node: Node | null | undefined;
    if (at === 'start') {
      node = file.root.descendantForIndex(offset, offset + 1);
      if (node?.type !== 'string_start' || node.startIndex !== offset) continue;
      node = node.parent;
    } else {
      node = stringEndingAfter(file, offset);
      if (!node) {
        // escape_sequence -> string_content -> string
        node = file.root.descendantForIndex(offset, offset + 1);
        for (let up = 0; node && node.type !== 'string' && up < 3; up++) node = node.parent;
      }
    }
    if (node?.type !== 'string') continue;
    coveredUntil = node.endIndex;
    found.push(node);
  }
  return found;
}

/**
 * The string whose content holds the backslash at `offset`, found as the smallest node spanning
 * from it to the next unescaped quote (the closing one, in the common case): one lookup instead of
 * the leaf's and two `parent` calls, each a walk down from the root (~5,700 hits in the stdlib, most
 * in the `u'\u00e9'` tables of the codecs). A string without an `f` prefix holds no other string,
 * so a `string` found this way is the innermost one around the offset, the one the walk up from
 * the leaf reaches. Undefined in every other case (a quote inside the content, an f-string, a
 * comment...): the caller then walks up.
 */
function stringEndingAfter(file: SourceFile, offset: number): Node | undefined {
  const text = file.text;
  const limit = Math.min(text.length, offset + 512);
  let quote = offset;
  for (; quote < limit; quote++) {
    const c = text.charCodeAt(quote);
    if (c === 0x5c) quote++; // a backslash escapes the next character
    else if (c === 0x27 || c === 0x22) break;
  }
  if (quote >= limit) return undefined;
  const node = file.root.descendantForIndex(offset, quote + 1);
  if (node?.type !== 'string') return undefined;
  for (let at = node.startIndex; ; at++) {
    const c = text.charCodeAt(at) | 0x20;
    if (c === 0x66) return undefined; // f: replacement fields may hold strings
    if (c < 0x61 || c > 0x7a) return node; // the quote, after the prefix letters
  }
}

/** How the content of a raw literal is turned back into a non-raw one. */
export interface RawRewriteOptions {
  /** `ur` literals: Python 2 still decodes `\uXXXX` / `\UXXXXXXXX` after an odd run of backslashes. */
  unicodeEscapes: boolean;
  /** Spells one non-ASCII character (a whole code point); undefined when it cannot be spelled. */
  nonAscii?: (char: string) => string | undefined;
}

/**
 * Rewrites the content of a raw literal (Python 2 semantics) as the content of a non-raw literal
 * with the same delimiter and the same value. Returns undefined when the content is something
 * Python 2 itself rejects (a truncated `\u` escape) or a character cannot be spelled.
 */
export function rawToNonRaw(content: string, quote: string, options: RawRewriteOptions): string | undefined {
  const triple = quote.length === 3;
  const quoteChar = quote[0];
  let out = '';
  let i = 0;
  const emitChar = (char: string): boolean => {
    if (char.codePointAt(0)! < 0x80 || !options.nonAscii) {
      out += char;
      return true;
    }
    const spelled = options.nonAscii(char);
    if (spelled === undefined) return false;
    out += spelled;
    return true;
  };
  while (i < content.length) {
    const ch = content[i];
    if (ch !== '\\') {
      const char = String.fromCodePoint(content.codePointAt(i)!);
      if (!emitChar(char)) return undefined;
      i += char.length;
      continue;
    }
    let run = 0;
    while (content[i + run] === '\\') run++;
    const next = content[i + run];
    const odd = run % 2 === 1;
    if (odd && options.unicodeEscapes && (next === 'u' || next === 'U')) {
      // py2 `ur"\u2603"` is U+2603: the escape stays an escape in the non-raw literal.
      const digits = next === 'u' ? 4 : 8;
      const hex = content.slice(i + run + 1, i + run + 1 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex) || parseInt(hex, 16) > 0x10ffff) return undefined;
      out += '\\\\'.repeat(run - 1) + '\\' + next + hex;
      i += run + 1 + digits;
      continue;
    }
    // Every other backslash of a raw literal is a character of its value.
    out += '\\\\'.repeat(run);
    i += run;
    if (!odd || next === undefined) continue;
    // The character after an odd run is kept literally by the raw literal; a quote or a
    // newline needs an escape to be kept literally by a non-raw one.
    if (next === quoteChar) {
      out += '\\' + next;
      i += 1;
    } else if ((next === '\n' || next === '\r') && !triple) {
      out += '\\n';
      i += next === '\r' && content[i + 1] === '\n' ? 2 : 1;
    }
  }
  return out;
}

// PEP 263: the cookie may sit on line 1, or on line 2 below a comment or blank line.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * The encoding Python 2 decodes this file with, as far as the text shows: the coding cookie,
 * else UTF-8 (without a cookie Python 2 rejects non-ASCII source unless it has a UTF-8 BOM).
 */
export function sourceEncoding(file: SourceFile): string {
  return file.memo('sourceEncoding', (f) => {
    const lines = f.text.slice(0, 1024).split(/\r\n|\r|\n/, 2);
    for (const line of lines) {
      const match = COOKIE.exec(line);
      if (match) return normalizeEncoding(match[1]);
      if (!/^[ \t\f]*(#.*)?$/.test(line)) break;
    }
    return 'utf-8';
  });
}

/** `\xNN` for each byte of the character in the encoding; undefined when it cannot be encoded. */
export function hexEscapes(char: string, encoding: string): string | undefined {
  let bytes: Buffer;
  if (encoding === 'utf-8') {
    bytes = Buffer.from(char, 'utf8');
  } else {
    const encoded = encodeSource(char, { encoding, bom: false });
    if (!encoded.ok) return undefined;
    bytes = encoded.bytes;
  }
  return [...bytes].map((b) => '\\x' + b.toString(16).padStart(2, '0')).join('');
}
