// B26: the `string` module functions and constants Python 3 removed. Python 2's string.py defined each
// function as a call of the str method (`def upper(s): return s.upper()`), so a call rewrites to the method.

import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext, Target } from '../types';
import { isSideEffectFree, plainArguments } from './builtinReference';
import { calledBy, type ModuleAttributeRef, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';
import { REMOVED_ATTRIBUTES } from './removedAttributes.data';

/** `string.f(s, *rest)` was `s.f(*rest)` (string.py 2.7); `splitfields` was `split`. */
const METHODS: Record<string, string> = {
  capitalize: 'capitalize', expandtabs: 'expandtabs', find: 'find', rfind: 'rfind', index: 'index', rindex: 'rindex', count: 'count',
  lower: 'lower', upper: 'upper', swapcase: 'swapcase', split: 'split', splitfields: 'split', rsplit: 'rsplit', strip: 'strip',
  lstrip: 'lstrip', rstrip: 'rstrip', replace: 'replace', ljust: 'ljust', rjust: 'rjust', center: 'center',
};

/** Locale-dependent on Python 2 (they followed setlocale), fixed ASCII on Python 3. */
const CONSTANTS: Record<string, string> = { letters: 'ascii_letters', lowercase: 'ascii_lowercase', uppercase: 'ascii_uppercase' };

const STRING_REMOVED = REMOVED_ATTRIBUTES.string ?? {};
const isRemoved = (module: string, name: string): boolean => module === 'string' && Object.prototype.hasOwnProperty.call(STRING_REMOVED, name);

// Expressions a method call can follow without parentheses; a number needs them (`5.upper` is a float literal).
const RECEIVERS = new Set(['identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression', 'string', 'concatenated_string', 'list', 'tuple', 'dictionary', 'list_comprehension']);

function receiver(node: Node): string {
  return RECEIVERS.has(node.type) ? node.text : `(${node.text})`;
}

function callFix(ref: ModuleAttributeRef & { attribute: Node }, file: SourceFile): Fix | undefined {
  const call = calledBy(ref.attribute);
  const args = call && plainArguments(call);
  if (!call || !args || args.length === 0) return undefined;
  // Comments inside the argument list would be lost.
  if (call.childForFieldName('arguments')!.namedChildren.some((c) => c.type === 'comment')) return undefined;
  const method = METHODS[ref.name];
  const replace = (newText: string, safety: 'safe' | 'unsafe', title: string): Fix => ({ title, safety, edits: [{ start: call.startIndex, end: call.endIndex, newText }] });
  if (method) return replace(`${receiver(args[0])}.${method}(${args.slice(1).map((a) => a.text).join(', ')})`, 'safe', `Replace \`string.${ref.name}(s, ...)\` with \`s.${method}(...)\``);
  if (ref.name === 'join' || ref.name === 'joinfields') {
    if (args.length > 2) return undefined;
    const sep = args[1] ? receiver(args[1]) : "' '";
    // `sep.join(words)` evaluates sep first; string.join evaluated words first.
    const safety = !args[1] || isSideEffectFree(args[0]) || isSideEffectFree(args[1]) ? 'safe' : 'unsafe';
    return replace(`${sep}.join(${args[0].text})`, safety, `Replace \`string.${ref.name}(words, sep)\` with \`sep.join(words)\``);
  }
  if (ref.name === 'atof' && args.length === 1 && !isLocallyBound(file, 'float')) return replace(`float(${args[0].text})`, 'safe', 'Replace `string.atof(s)` with `float(s)`');
  if ((ref.name === 'atoi' || ref.name === 'atol') && args.length <= 2 && !isLocallyBound(file, 'int')) {
    // atol returned a long, whose repr() ends in L on Python 2. Base 0 read "010" as octal 8 on
    // Python 2, where Python 3's int("010", 0) raises ValueError: only a literal non-zero base is safe.
    const base = args[1];
    const knownBase = !base || (base.type === 'integer' && /^[1-9]\d*$/.test(base.text));
    const safety = ref.name === 'atoi' && knownBase ? 'safe' : 'unsafe';
    return replace(`int(${args.map((a) => a.text).join(', ')})`, safety, `Replace \`string.${ref.name}(s)\` with \`int(s)\``);
  }
  if (ref.name === 'zfill' && args.length === 2) {
    // string.zfill took repr() of a non-string first.
    return replace(`${receiver(args[0])}.zfill(${args[1].text})`, 'unsafe', 'Replace `string.zfill(s, width)` with `s.zfill(width)`');
  }
  return undefined;
}

function fixes(ref: ModuleAttributeRef, file: SourceFile): Partial<Record<Target, Fix>> {
  const constant = CONSTANTS[ref.name];
  if (constant) {
    const edit = ref.attribute
      ? { start: ref.nameNode.startIndex, end: ref.nameNode.endIndex, newText: constant }
      : { start: ref.importItem!.startIndex, end: ref.importItem!.endIndex, newText: `${constant} as ${ref.alias ?? ref.name}` };
    const fix: Fix = { title: `Replace \`string.${ref.name}\` with \`string.${constant}\``, safety: 'unsafe', edits: [edit] };
    return { py3: fix, compat: fix };
  }
  if (ref.name === 'maketrans' && ref.attribute && calledBy(ref.attribute)) {
    // Python 2 returned a 256-byte str table; Python 3 str.maketrans returns a dict for str.translate.
    return { py3: { title: 'Replace `string.maketrans` with `str.maketrans`', safety: 'unsafe', edits: [{ start: ref.attribute.startIndex, end: ref.attribute.endIndex, newText: 'str.maketrans' }] } };
  }
  const fix = ref.attribute ? callFix(ref as ModuleAttributeRef & { attribute: Node }, file) : undefined;
  return fix ? { py3: fix, compat: fix } : {};
}

function message(ref: ModuleAttributeRef): string {
  const hint = STRING_REMOVED[ref.name];
  return `\`string.${ref.name}\` does not exist in Python 3` + (hint ? `; use ${hint}` : '');
}

function report(ref: ModuleAttributeRef, ctx: RuleContext): void {
  ctx.report({ node: ref.attribute ?? ref.importItem, message: message(ref), fixes: fixes(ref, ctx.file) });
}

watchModuleAttributes('string', Object.keys(STRING_REMOVED));

export const stringModuleFunction: Rule = {
  id: 'string-module-function',
  category: 'strings-bytes',
  severity: 'error',
  summary: '`string` module function or constant removed in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags the `string` module functions and constants Python 3 removed: `string.join/split/upper/strip/replace/find/...(s, ...)`, ' +
      '`string.atoi/atol/atof`, `string.letters/lowercase/uppercase`, `string.maketrans`, `string.atoi_error`..., after `import string` or `from string import ...`.',
    whyItBreaks: 'Python 3 keeps only constants such as `string.ascii_letters` and `string.digits`, `Template` and `Formatter`: the functions raise AttributeError.',
    example: 'import string\nname = string.upper(string.strip(raw))\nline = string.join(words, ", ")',
    useInstead: 'name = raw.strip().upper()\nline = ", ".join(words)',
    fixSafety:
      'Safe for the functions that Python 2 defined as the str method (`string.upper(s)` was `s.upper()`), for `string.join(words, sep)` -> `sep.join(words)` ' +
      '(unsafe when both arguments have side effects, since the order of evaluation changes), `string.atof(s)` -> `float(s)` and `string.atoi(s)` / `string.atoi(s, 16)` -> `int(s)` / `int(s, 16)` ' +
      '(they differ only where Python 2 raised: a non-string argument, or digits grouped with `_`, which Python 3.6+ accepts). Unsafe: ' +
      '`string.atoi(s, 0)` and a base that is not an integer literal (base 0 read `"010"` as octal 8 on Python 2; Python 3 raises ValueError), ' +
      '`string.atol` (Python 2 returned a long), `string.zfill` ' +
      '(it took repr() of a number), `string.letters/lowercase/uppercase` -> `string.ascii_*` (Python 2 followed the locale) and ' +
      '`string.maketrans` -> `str.maketrans` (Python 3 returns a dict for str.translate; bytes tables need `bytes.maketrans`). ' +
      'Not fixed: `from string import join` (the uses need rewriting), `string.translate`, references that are not calls.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) if (isRemoved(ref.module, ref.name)) report(ref, ctx);
  },
};
