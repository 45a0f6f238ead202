import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
import type { Rule } from '../types';

// Decimal, hex, octal or binary digits followed by l/L, not part of a longer name or number.
const LONG_LITERAL = /(?<![\w.])(?:0[xX][0-9a-fA-F]+|0[oObB]?[0-9]+|[1-9][0-9]*|0)[lL](?!\w)/y;
// old-octal-literal's pattern: at least one non-zero octal digit after the leading 0 (`00` means 0
// in both languages); `0777j` (decimal imaginary in Python 2) and `08` (invalid in Python 2) do not match.
const OLD_OCTAL = /(?<![\w.])0[0-7]*[1-7][0-7]*[lL]?(?![\w.])/y;
// Either of the two. Both need a digit after a character that is neither a word character nor a
// `.`, and match only word characters: a match of one never starts inside a match of the other,
// so one scan finds every start of both.
const LONG_OR_OLD_OCTAL = /(?<![\w.])(?:(?:0[xX][0-9a-fA-F]+|0[oObB]?[0-9]+|[1-9][0-9]*|0)[lL](?!\w)|0[0-7]*[1-7][0-7]*[lL]?(?![\w.]))/g;

interface IntegerHits {
  /** [start, end] pairs of the text that LONG_LITERAL, and OLD_OCTAL, match. */
  long: number[];
  oldOctal: number[];
}

const integerHits = new WeakMap<SourceFile, IntegerHits>();

/**
 * The integer literals long-suffix and old-octal-literal look at, from one scan of the text shared
 * by the two rules (each whole-text scan costs ~10-20 ms over the stdlib; the two together cost
 * little more than one). `0777L` is a hit of both.
 */
function hitsOf(file: SourceFile): IntegerHits {
  let hits = integerHits.get(file);
  if (!hits) {
    hits = { long: [], oldOctal: [] };
    const text = file.text;
    LONG_OR_OLD_OCTAL.lastIndex = 0;
    for (let match = LONG_OR_OLD_OCTAL.exec(text); match; match = LONG_OR_OLD_OCTAL.exec(text)) {
      for (const [pattern, into] of [[LONG_LITERAL, hits.long], [OLD_OCTAL, hits.oldOctal]] as const) {
        pattern.lastIndex = match.index;
        if (pattern.test(text)) into.push(match.index, pattern.lastIndex);
      }
    }
    integerHits.set(file, hits);
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

export const longSuffix: Rule = {
  id: 'long-suffix',
  category: 'syntax',
  severity: 'error',
  summary: 'Integer literal with an `L` suffix is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags integer literals ending in `l` or `L` (`10L`, `0xFFl`).',
    whyItBreaks: 'Python 3 has one integer type and no long suffix: `10L` is a SyntaxError. Python 2 promotes `int` to `long` by itself when a value grows, so the suffix is rarely needed there either.',
    example: 'big = 10L\nmask = 0xFFFFFFFFL',
    useInstead: 'big = 10\nmask = 0xFFFFFFFF',
    fixSafety: 'Safe for arithmetic, printing with `print` and `str()`. It changes behaviour only where code inspects the type (`type(x) is long`) or `repr()` of a small value, which the `long-builtin` rule flags separately.',
  },
  checkFile(ctx) {
    for (const node of longLiterals(ctx.file)) {
      const digits = node.text.slice(0, -1);
      // `0777L` is an old octal too: leave the prefix to old-octal-literal, which runs in the next round.
      // `7L.bit_length()` is an attribute of an int; `7.bit_length()` would read as a float, so parenthesise.
      const attributeFollows = ctx.file.text.charAt(node.endIndex) === '.';
      const edits = attributeFollows
        ? [{ start: node.startIndex, end: node.startIndex, newText: '(' }, { start: node.endIndex - 1, end: node.endIndex, newText: ')' }]
        : [{ start: node.endIndex - 1, end: node.endIndex, newText: '' }];
      const fix = { title: 'Remove the `L` suffix', safety: 'safe' as const, edits };
      ctx.report({ node, message: `Integer literal \`${digits}L\` has a Python 2-only long suffix`, fixes: { py3: fix, compat: fix } });
    }
  },
};
