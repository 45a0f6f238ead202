// The literals that long-suffix, old-octal-literal and ur-string-prefix look at, and the signatures
// tuple-parameter-unpacking looks at, found by one scan of the text that the four rules share. Each
// whole-text regular expression costs ~10-20 ms over the stdlib; the combined one costs little more
// than the first of them alone.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';

// Decimal, hex, octal or binary digits followed by l/L, not part of a longer name or number.
const LONG_LITERAL = /(?<![\w.])(?:0[xX][0-9a-fA-F]+|0[oObB]?[0-9]+|[1-9][0-9]*|0)[lL](?!\w)/y;
// At least one non-zero octal digit after the leading 0 (`00` means 0 in both languages);
// `0777j` (decimal imaginary in Python 2) and `08` (invalid in Python 2) do not match.
const OLD_OCTAL = /(?<![\w.])0[0-7]*[1-7][0-7]*[lL]?(?![\w.])/y;
// Any of the three: the two integer patterns, then the `ur` prefix of a string literal. The integer
// patterns need a digit after a character that is neither a word character nor a `.`, `ur'` a `u`
// after a character that is not a word character, and each matches only word characters and that
// quote: no match of one starts inside a match of another, so one scan finds every start of all
// three. At a digit each integer pattern is tried again on its own (`0777L` is a hit of both).
//
// The last alternative is tuple-parameter-unpacking's: a `def` signature with a second `(` before its
// first `)`, or a `lambda` with a `(` before its `:` (tuple parameters are rare: only these are looked
// up in the tree). It starts with `d` or `l` after a non-word character, so no other alternative
// matches where it does; but its match spans other tokens (`def f(a=0777, (b, c))`), so the scan
// resumes just after its start, and signatures found inside an earlier one's match are dropped, as
// that pattern's own scan would skip them.
const ANY_LITERAL = /(?<![\w.])(?:(?:0[xX][0-9a-fA-F]+|0[oObB]?[0-9]+|[1-9][0-9]*|0)[lL](?!\w)|0[0-7]*[1-7][0-7]*[lL]?(?![\w.]))|(?<!\w)[uU][rR]['"]|\bdef[ \t]+\w+[ \t]*\([^()]*\(|\blambda\b[^:()]*\(/g;

interface LiteralHits {
  /** [start, end] pairs of the text that LONG_LITERAL, and OLD_OCTAL, match. */
  long: number[];
  oldOctal: number[];
  /** Where `(?<!\w)[uU][rR]['"]` matches. */
  urPrefix: number[];
  /** Where the signature pattern matches, as its own global scan finds it (no match inside another). */
  signatures: number[];
}

const hitsByFile = new WeakMap<SourceFile, LiteralHits>();

function hitsOf(file: SourceFile): LiteralHits {
  let hits = hitsByFile.get(file);
  if (!hits) {
    hits = { long: [], oldOctal: [], urPrefix: [], signatures: [] };
    const text = file.text;
    let signatureEnd = -1;
    ANY_LITERAL.lastIndex = 0;
    for (let match = ANY_LITERAL.exec(text); match; match = ANY_LITERAL.exec(text)) {
      const start = match.index;
      const first = text.charCodeAt(start) | 0x20;
      if (first === 0x75) {
        hits.urPrefix.push(start); // u, U
        continue;
      }
      if (first === 0x64 || first === 0x6c) {
        // d, l: a signature
        if (start >= signatureEnd) {
          hits.signatures.push(start);
          signatureEnd = start + match[0].length;
        }
        ANY_LITERAL.lastIndex = start + 1;
        continue;
      }
      for (const [pattern, into] of [[LONG_LITERAL, hits.long], [OLD_OCTAL, hits.oldOctal]] as const) {
        pattern.lastIndex = start;
        if (pattern.test(text)) into.push(start, pattern.lastIndex);
      }
    }
    hitsByFile.set(file, hits);
  }
  return hits;
}

/** The `integer` nodes that are exactly a hit (not inside a string or comment). */
function* integers(file: SourceFile, hits: readonly number[]): Generator<Node> {
  for (let i = 0; i < hits.length; i += 2) {
    const node = file.root.descendantForIndex(hits[i], hits[i + 1]);
    if (node?.type === 'integer' && node.startIndex === hits[i] && node.endIndex === hits[i + 1]) yield node;
  }
}

/** The integer literals with a long suffix (`10L`, `0xFFl`). */
export function longLiterals(file: SourceFile): Generator<Node> {
  return integers(file, hitsOf(file).long);
}

/** The integer literals written as octal with a bare leading zero (`0777`, `0644L`). */
export function oldOctalLiterals(file: SourceFile): Generator<Node> {
  return integers(file, hitsOf(file).oldOctal);
}

/** The offsets of `ur'`/`UR"`... after a non-word character, in increasing order (possibly in strings or comments). */
export function urPrefixOffsets(file: SourceFile): readonly number[] {
  return hitsOf(file).urPrefix;
}

/** Where a `def` or `lambda` signature holds a second parenthesis (see ANY_LITERAL), in increasing order. */
export function signatureOffsets(file: SourceFile): readonly number[] {
  return hitsOf(file).signatures;
}
