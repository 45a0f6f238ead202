// Builtins that return a list in Python 2 and a lazy object in Python 3 (catalog D5-D8):
// `map`, `filter`, `zip` (one-pass iterators) and `range` (a sequence object).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { isBuiltinAt, isWatchable, iteratingContext, type IteratingContext, type LazyKind } from '../iteratingContext';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext, RuleDocs } from '../types';
import { builtinCall, overCandidates, unparenthesized, wrapInList, type Candidate } from './dictIteratorFamily';
import { callsPrinting, printsWhenCalled } from './localFunctions';

const SPLATS = new Set(['list_splat', 'dictionary_splat', 'keyword_argument']);

interface LazyCall {
  call: Node;
  args: Node[];
  verdict: IteratingContext;
}

/**
 * The calls of builtin `name` (the module does not bind the name itself: `from future_builtins import map`,
 * `from six.moves import zip`, `from itertools import imap as map` all do), outside version-guarded code,
 * with the classifier's verdict on how the result is used. `iterables` picks the arguments the result reads
 * lazily (none for `range`). Calls that `ignored` accepts (the rule would not report them) are left out before
 * the arguments are read, if the verdict does not need them (`parts` is then undefined), and before the scope
 * of the name is asked: that needs a scan of the whole text for the name, the dearest question here.
 */
function candidates(
  captures: readonly Candidate[],
  ctx: RuleContext,
  name: string,
  kind: LazyKind,
  iterables: ((args: Node[]) => Node[]) | undefined,
  ignored: (verdict: IteratingContext, parts: { call: Node; args: Node[] } | undefined) => boolean = () => false,
): LazyCall[] {
  const found: LazyCall[] = [];
  for (const { name: capture, node, word, parent: call } of captures) {
    if (capture !== 'builtin' || word !== name || isInCompatCode(call)) continue;
    let parts = iterables ? builtinCall(node, call) : undefined;
    if (iterables && !parts) continue;
    const watched = iterables && parts ? iterables(parts.args).filter(isWatchable).map((a) => a.text) : [];
    const verdict = iteratingContext(call, ctx.file, { kind, watched });
    if (ignored(verdict, parts)) continue;
    parts ??= builtinCall(node, call);
    if (!parts || !isBuiltinAt(node, name, ctx.file)) continue;
    found.push({ ...parts, verdict });
  }
  return found;
}

/**
 * For a lazy call iterated once by a `for` loop: whether Python 3's laziness visibly reorders side
 * effects. Python 2 built the whole list before the loop body ran; Python 3 computes each item as the
 * loop asks for it. That shows when the function (or an iterable: a generator of this file) prints,
 * and the loop body prints too or stops early (`break`, `return`, `raise`). Only functions this file
 * defines are read; another module's printing function is not seen.
 */
function reordersSideEffects(call: Node, functionArg: Node | undefined, iterables: Node[], file: SourceFile): boolean {
  const { value, parent: loop } = unparenthesized(call);
  if (loop?.type !== 'for_statement' || loop.childForFieldName('right')?.id !== value.id) return false;
  // An iterable without a `(` calls nothing: the file's functions need not be read for it.
  const effects = (functionArg !== undefined && printsWhenCalled(functionArg, file)) || iterables.some((a) => a.text.includes('(') && callsPrinting(a, file));
  if (!effects) return false;
  const body = loop.childForFieldName('body');
  return !!body && (/\bprint\b|\.write\s*\(|\bstdout\b|\bbreak\b|\breturn\b|\braise\b/.test(body.text) || callsPrinting(body, file));
}

/** A call iterated once whose laziness reorders no output: the map, filter and zip rules leave it alone. */
function onlyIterated(verdict: IteratingContext, call: Node, functionArg: Node | undefined, iterables: Node[], file: SourceFile): boolean {
  return verdict === 'iterated-once' && !reordersSideEffects(call, functionArg, iterables, file);
}

/** The `map(...)` calls mapNotIterating leaves alone (the branches of its loop that report nothing). */
function mapIgnored(verdict: IteratingContext, { call, args }: { call: Node; args: Node[] }, file: SourceFile): boolean {
  if (args.some((a) => SPLATS.has(a.type))) return verdict === 'iterated-once';
  if (args.length > 2 || (args.length === 2 && args[0].type === 'none')) return false;
  return onlyIterated(verdict, call, args[0], args.slice(1), file);
}

const REORDERED = (name: string): string =>
  `\`${name}()\` is lazy in Python 3: the loop body now runs between the calls whose output Python 2 wrote before the loop`;

function usedAs(verdict: IteratingContext): string {
  return verdict === 'unknown' ? 'may use it as a list' : 'uses it as a list';
}

function bothTargets(fix: Fix | undefined): { py3?: Fix; compat?: Fix } {
  return fix ? { py3: fix, compat: fix } : {};
}

/** Appended to each rule's whatItDoes. */
const lazyAlready = (name: string): string =>
  ` Code where \`${name}\` is not the builtin (\`from six.moves import ${name}\`, \`from builtins import *\`, a local definition) is not flagged.`;

const LAZY_SIDE_EFFECTS =
  ' Where the result is only iterated it is not flagged; note that Python 3 then calls the function lazily, interleaved with the loop body, ' +
  'which matters only if the function has side effects that the loop body observes. ' +
  'Flagged anyway: a `for` loop over the call where a function this file defines prints (the function passed, or a generator passed as an iterable) ' +
  'and the loop body prints or stops early: Python 2 wrote all the function\'s output before the loop, Python 3 interleaves it (`list()` keeps the Python 2 order).';

export const mapNotIterating: Rule = {
  id: 'map-not-iterating',
  category: 'dicts-iterators',
  severity: 'warning',
  quietInPython3: true,
  summary: '`map()` returns an iterator in Python 3, not a list',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `map(...)` calls whose result is used as a list (indexed, `len()`, printed, returned, stored and used twice, ...), discarded ' +
      '(`map(f, xs)` as a statement, run for its side effects), called with several iterables, or called with `None` as the function.' + LAZY_SIDE_EFFECTS + lazyAlready('map'),
    whyItBreaks:
      'Python 3 `map` returns a one-pass iterator: indexing it raises TypeError, `len()` fails, a second loop over it sees nothing, and a ' +
      'discarded `map(f, xs)` never calls `f`. With several iterables Python 2 pads the shorter ones with None, Python 3 stops at the shortest; ' +
      '`map(None, ...)` raises TypeError.',
    example: 'squares = map(square, xs)\nprint(squares[0], len(squares))\nmap(register, handlers)',
    useInstead: 'squares = list(map(square, xs))\nprint(squares[0], len(squares))\nlist(map(register, handlers))  # better: a for loop',
    fixSafety:
      'Safe: `list(map(f, xs))` builds the same list at the same time as Python 2 `map` did, on Python 2 and 3. `map(None, xs)` becomes `list(xs)`. ' +
      'Calls with several iterables are not fixed: the padding with None would need `itertools.zip_longest` and a review.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { call, args, verdict } of candidates(captures, ctx, 'map', 'iterator', (a) => a.slice(1), (verdict, parts) => !!parts && mapIgnored(verdict, parts, ctx.file))) {
      if (args.some((a) => SPLATS.has(a.type))) {
        if (verdict !== 'iterated-once') ctx.report({ node: call, message: `\`map()\` returns an iterator in Python 3; this code ${usedAs(verdict)}`, fixes: bothTargets(wrapInList(call, ctx.file, 'unsafe')) });
        continue;
      }
      if (args.length > 2) {
        ctx.report({ node: call, message: '`map()` with several iterables pads the shorter ones with None in Python 2 and stops at the shortest in Python 3' });
        continue;
      }
      if (args.length === 2 && args[0].type === 'none') {
        const fix: Fix | undefined = isBuiltinAt(call, 'list', ctx.file)
          ? { title: 'Replace `map(None, xs)` with `list(xs)`', safety: 'safe', edits: [{ start: call.startIndex, end: call.endIndex, newText: `list(${args[1].text})` }] }
          : undefined;
        ctx.report({ node: call, message: '`map(None, xs)` raises TypeError in Python 3', fixes: bothTargets(fix) });
        continue;
      }
      if (verdict === 'iterated-once') {
        if (reordersSideEffects(call, args[0], args.slice(1), ctx.file)) ctx.report({ node: call, message: REORDERED('map'), fixes: bothTargets(wrapInList(call, ctx.file)) });
        continue;
      }
      const discarded = parentOf(call)?.type === 'expression_statement';
      ctx.report({
        node: call,
        message: discarded ? '`map()` run for its side effects does nothing in Python 3: its iterator is never consumed' : `\`map()\` returns an iterator in Python 3; this code ${usedAs(verdict)}`,
        fixes: bothTargets(wrapInList(call, ctx.file)),
      });
    }
  }),
};

/** Arguments that are certainly not a str, unicode or tuple, for which Python 2 `filter` returns the same type. */
function isKnownNotStringOrTuple(node: Node, file: SourceFile): boolean {
  switch (node.type) {
    case 'list':
    case 'list_comprehension':
    case 'set':
    case 'set_comprehension':
    case 'dictionary':
    case 'dictionary_comprehension':
    case 'generator_expression':
      return true;
    case 'call': {
      const fn = node.childForFieldName('function');
      if (fn?.type === 'identifier') return ['list', 'sorted', 'range', 'xrange', 'map', 'filter', 'zip', 'set', 'reversed', 'enumerate', 'iter'].includes(fn.text) && isBuiltinAt(fn, fn.text, file);
      if (fn?.type === 'attribute') return ['keys', 'values', 'items', 'split', 'splitlines', 'readlines'].includes(fn.childForFieldName('attribute')?.text ?? '');
      return false;
    }
    default:
      return false;
  }
}

export const filterNotIterating: Rule = {
  id: 'filter-not-iterating',
  category: 'dicts-iterators',
  severity: 'warning',
  quietInPython3: true,
  summary: '`filter()` returns an iterator in Python 3, not a list',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `filter(...)` calls whose result is used as a list (indexed, `len()`, truth-tested, printed, returned, stored and used twice, ...).' + LAZY_SIDE_EFFECTS + lazyAlready('filter'),
    whyItBreaks:
      'Python 3 `filter` returns a one-pass iterator: it is always true (`if filter(f, xs):` no longer tests for matches), cannot be indexed, and a ' +
      'second pass over it sees nothing. Python 2 `filter` on a str or tuple returned a str or tuple.',
    example: 'evens = filter(is_even, numbers)\nif evens:\n    print(evens[0])',
    useInstead: 'evens = list(filter(is_even, numbers))\nif evens:\n    print(evens[0])',
    fixSafety:
      'Safe when the iterable is certainly not a str or tuple (a list display, a comprehension, `sorted()`, `range()`, `.keys()`, `.split()`, ...): ' +
      '`list(filter(f, xs))` is then exactly the Python 2 result on both versions. Otherwise unsafe, because Python 2 returned a str or tuple for those.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { call, args, verdict } of candidates(captures, ctx, 'filter', 'iterator', (a) => a.slice(1, 2), (verdict, parts) => !!parts && onlyIterated(verdict, parts.call, parts.args[0], parts.args.slice(1), ctx.file))) {
      const reordered = verdict === 'iterated-once' && reordersSideEffects(call, args[0], args.slice(1), ctx.file);
      if (verdict === 'iterated-once' && !reordered) continue;
      const plain = args.length === 2 && !args.some((a) => SPLATS.has(a.type));
      const safe = plain && isKnownNotStringOrTuple(args[1], ctx.file);
      ctx.report({
        node: call,
        message: reordered ? REORDERED('filter') : `\`filter()\` returns an iterator in Python 3; this code ${usedAs(verdict)}`,
        fixes: bothTargets(wrapInList(call, ctx.file, safe ? 'safe' : 'unsafe')),
      });
    }
  }),
};

export const zipNotIterating: Rule = {
  id: 'zip-not-iterating',
  category: 'dicts-iterators',
  severity: 'warning',
  quietInPython3: true,
  summary: '`zip()` returns an iterator in Python 3, not a list',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `zip(...)` calls whose result is used as a list (indexed, `len()`, printed, returned, stored and used twice, ...). `dict(zip(a, b))`, `for x, y in zip(a, b)` and other single passes are left alone, ' +
      'except a `for` loop over `zip()` of a generator this file defines that prints, when the loop body prints or stops early: Python 2 ' +
      'drained the generators (and their output) before the loop, Python 3 interleaves them.' + lazyAlready('zip'),
    whyItBreaks: 'Python 3 `zip` returns a one-pass iterator: it cannot be indexed or measured, it is always true, and a second pass over it sees nothing.',
    example: 'pairs = zip(names, scores)\npairs.sort()',
    useInstead: 'pairs = list(zip(names, scores))\npairs.sort()',
    fixSafety: 'Safe: `list(zip(...))` is the same list of tuples Python 2 built, on both versions.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const { call, args, verdict } of candidates(captures, ctx, 'zip', 'iterator', (a) => a, (verdict, parts) => !!parts && onlyIterated(verdict, parts.call, undefined, parts.args, ctx.file))) {
      const reordered = verdict === 'iterated-once' && reordersSideEffects(call, undefined, args, ctx.file);
      if (verdict === 'iterated-once' && !reordered) continue;
      const safety = args.some((a) => a.type === 'keyword_argument') ? 'unsafe' : 'safe';
      ctx.report({ node: call, message: reordered ? REORDERED('zip') : `\`zip()\` returns an iterator in Python 3; this code ${usedAs(verdict)}`, fixes: bothTargets(wrapInList(call, ctx.file, safety)) });
    }
  }),
};

const RANGE_DOCS: RuleDocs = {
  whatItDoes:
    'Flags `range(...)` calls whose result is used as a list: mutated (`append`, `shuffle`, item assignment), concatenated, compared with a list, ' +
    'printed, returned or passed to a function that is not known to only iterate. Python 3 `range` supports `len()`, indexing, slicing, `in`, ' +
    '`reversed()` and `.index()`, so those uses are left alone.' + lazyAlready('range'),
  whyItBreaks:
    'Python 3 `range` returns an immutable range object: `range(3) + [4]` raises TypeError, `r.append(1)` raises AttributeError, ' +
    '`range(3) == [0, 1, 2]` is False, and it prints as `range(0, 3)`.',
  example: 'order = range(5)\nrandom.shuffle(order)\nprint(range(3))',
  useInstead: 'order = list(range(5))\nrandom.shuffle(order)\nprint(list(range(3)))',
  fixSafety: 'Safe: `list(range(...))` is the same list Python 2 built, on both versions.',
};

export const rangeNotIterating: Rule = {
  id: 'range-not-iterating',
  category: 'dicts-iterators',
  severity: 'warning',
  quietInPython3: true,
  summary: '`range()` returns a range object in Python 3, not a list',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: RANGE_DOCS,
  checkFile: overCandidates((captures, ctx) => {
    for (const { call, args, verdict } of candidates(captures, ctx, 'range', 'range', undefined, (verdict) => verdict === 'iterated-once')) {
      const safety = args.some((a) => SPLATS.has(a.type) && a.type !== 'list_splat') ? 'unsafe' : 'safe';
      ctx.report({ node: call, message: `\`range()\` returns a range object in Python 3; this code ${usedAs(verdict)}`, fixes: bothTargets(wrapInList(call, ctx.file, safety)) });
    }
  }),
};
