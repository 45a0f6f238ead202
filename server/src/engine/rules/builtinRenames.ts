// Builtins that Python 3 removed or renamed, where the fix (if any) replaces the name by another
// expression and perhaps adds an import. One table row per builtin; each row becomes a Rule.
// Builtins whose fix rewrites the call around them live in their own files (applyBuiltin.ts, ...).

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
import type { Fix, FixSafety, RequiredImport, Rule, RuleDocs, Severity, Target } from '../types';
import { callOf, isBuiltinReference, sixMovesName } from './builtinReference';
import { isReprExposed } from './reprExposure';

interface Replacement {
  title: string;
  safety: 'safe' | 'unsafe';
  /** The new text for the name; undefined keeps the name (the fix only adds an import). */
  text?: string;
  imports?: RequiredImport[];
  /** Computed per file instead, when the spelling depends on what else the module does. */
  compute?: (file: SourceFile) => { text: string; imports: RequiredImport[] };
}

interface BuiltinRename {
  id: string;
  name: string;
  severity: Severity;
  summary: string;
  message: string;
  docs: RuleDocs;
  py3?: Replacement;
  compat?: Replacement;
  /** Only `name(...)` calls are rewritten; other uses are flagged without a fix (`isinstance(f, file)`). */
  fixCallsOnly?: boolean;
  /** The new object shows (repr, str, `==`) differently: the fix of a call whose result is shown is unsafe. */
  reprDiffers?: boolean;
}

const SIX: RequiredImport = { kind: 'import', module: 'six' };

const TABLE: BuiltinRename[] = [
  {
    id: 'basestring-builtin',
    name: 'basestring',
    severity: 'error',
    summary: '`basestring` is a Python 2-only builtin',
    message: '`basestring` does not exist in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `basestring`, the common base class of `str` and `unicode` in Python 2.',
      whyItBreaks: 'Python 3 has no `basestring`: using it raises NameError. Its text type is `str`; bytes are a separate type that is not a string.',
      example: 'if isinstance(value, basestring):\n    value = [value]',
      useInstead: 'py3: `isinstance(value, str)`\ncompat: `isinstance(value, six.string_types)` with `import six`',
      fixSafety: 'Unsafe: on Python 3 `str` excludes `bytes`, while Python 2 `basestring` matched byte strings; sometimes `(str, bytes)` is what the code means.',
    },
    py3: { title: 'Replace `basestring` with `str`', safety: 'unsafe', text: 'str' },
    compat: { title: 'Replace `basestring` with `six.string_types`', safety: 'unsafe', text: 'six.string_types', imports: [SIX] },
  },
  {
    id: 'buffer-builtin',
    name: 'buffer',
    severity: 'error',
    summary: '`buffer` is a Python 2-only builtin',
    message: '`buffer` does not exist in Python 3; use `memoryview`',
    docs: {
      whatItDoes: 'Flags uses of the builtin `buffer`.',
      whyItBreaks: 'Python 3 removed `buffer`: using it raises NameError. `memoryview` replaces it, but its API differs (indexing returns ints, slicing returns views, no `str()` of the contents).',
      example: 'view = buffer(data, 4, 16)',
      useInstead: 'view = memoryview(data)[4:20]',
      fixSafety: 'No automatic fix: `memoryview` takes no offset and size arguments and behaves differently, so each use needs review.',
    },
  },
  {
    id: 'coerce-builtin',
    name: 'coerce',
    severity: 'error',
    summary: '`coerce` is a Python 2-only builtin',
    message: '`coerce` does not exist in Python 3; convert the operands explicitly',
    docs: {
      whatItDoes: 'Flags uses of the builtin `coerce`.',
      whyItBreaks: 'Python 3 removed `coerce` along with `__coerce__`: using it raises NameError.',
      example: 'a, b = coerce(x, y)',
      useInstead: 'a, b = float(x), float(y)  # the conversion the code needs',
      fixSafety: 'No automatic fix: which conversion was intended depends on the operand types.',
    },
  },
  {
    id: 'file-builtin',
    name: 'file',
    severity: 'error',
    summary: '`file` is a Python 2-only builtin',
    message: '`file` does not exist in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `file`. Calls `file(...)` can be rewritten to `open(...)`; other uses such as `isinstance(f, file)` need `io.IOBase` and are left to you.',
      whyItBreaks: 'Python 3 removed the `file` type: using it raises NameError.',
      example: 'f = file(path, "rb")',
      useInstead: 'f = open(path, "rb")',
      fixSafety: 'Unsafe. On Python 2 `open` is `file`, so the rename changes nothing there. On Python 3, `open()` in text mode decodes with the locale encoding and translates newlines, and in binary mode returns bytes, so what reads and writes the file may behave differently (see `open-text-mode`).',
    },
    py3: { title: 'Replace `file(...)` with `open(...)`', safety: 'unsafe', text: 'open' },
    compat: { title: 'Replace `file(...)` with `open(...)`', safety: 'unsafe', text: 'open' },
    fixCallsOnly: true,
  },
  {
    id: 'raw_input-builtin',
    name: 'raw_input',
    severity: 'error',
    summary: '`raw_input` is a Python 2-only builtin',
    message: '`raw_input` was renamed to `input` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `raw_input`.',
      whyItBreaks: 'Python 3 renamed `raw_input` to `input` (and dropped the old evaluating `input`): `raw_input` raises NameError.',
      example: 'name = raw_input("Name: ")',
      useInstead: 'py3: `name = input("Name: ")`\ncompat: the same with `from six.moves import input` (or `six.moves.input(...)` when the module uses `input` otherwise)',
      fixSafety: 'Safe: Python 3 `input` reads a line and strips the newline exactly as Python 2 `raw_input` did.',
    },
    py3: { title: 'Replace `raw_input` with `input`', safety: 'safe', text: 'input' },
    compat: { title: 'Replace `raw_input` with `input` from `six.moves`', safety: 'safe', compute: (file) => sixMovesName(file, 'input') },
  },
  {
    id: 'reduce-builtin',
    name: 'reduce',
    severity: 'error',
    summary: '`reduce` is not a builtin in Python 3',
    message: '`reduce` moved to `functools` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `reduce`.',
      whyItBreaks: 'Python 3 moved `reduce` to the `functools` module: the bare name raises NameError. `functools.reduce` exists since Python 2.6.',
      example: 'total = reduce(lambda a, b: a * b, values)',
      useInstead: 'from functools import reduce\ntotal = reduce(lambda a, b: a * b, values)',
      fixSafety: 'Safe: `functools.reduce` is the same function on Python 2.6+ and 3.',
    },
    py3: { title: 'Import `reduce` from `functools`', safety: 'safe', imports: [{ kind: 'from', module: 'functools', name: 'reduce' }] },
    compat: { title: 'Import `reduce` from `functools`', safety: 'safe', imports: [{ kind: 'from', module: 'functools', name: 'reduce' }] },
  },
  {
    id: 'intern-builtin',
    name: 'intern',
    severity: 'error',
    summary: '`intern` is not a builtin in Python 3',
    message: '`intern` moved to `sys.intern` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `intern`.',
      whyItBreaks: 'Python 3 moved `intern` to `sys.intern`: the bare name raises NameError. `sys.intern` does not exist in Python 2, so compat code imports it from `six.moves`.',
      example: 'key = intern(name)',
      useInstead: 'py3: `import sys` and `key = sys.intern(name)`\ncompat: `from six.moves import intern` and `key = intern(name)`',
      fixSafety: 'Safe: `sys.intern` (and `six.moves.intern`, which is the builtin on Python 2) is the same function.',
    },
    py3: { title: 'Replace `intern` with `sys.intern`', safety: 'safe', text: 'sys.intern', imports: [{ kind: 'import', module: 'sys' }] },
    compat: { title: 'Import `intern` from `six.moves`', safety: 'safe', imports: [{ kind: 'from', module: 'six.moves', name: 'intern' }] },
  },
  {
    id: 'unichr-builtin',
    name: 'unichr',
    severity: 'error',
    summary: '`unichr` is a Python 2-only builtin',
    message: '`unichr` was renamed to `chr` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `unichr`.',
      whyItBreaks: 'Python 3 strings are text, so `chr` returns the character for any code point and `unichr` is gone: it raises NameError.',
      example: 'ch = unichr(0x263A)',
      useInstead: 'py3: `ch = chr(0x263A)`\ncompat: `ch = six.unichr(0x263A)` with `import six`',
      fixSafety: 'Safe: Python 3 `chr` returns the same one-character text string. (A narrow Python 2 build raised ValueError above U+FFFF; Python 3 does not.)',
    },
    py3: { title: 'Replace `unichr` with `chr`', safety: 'safe', text: 'chr' },
    compat: { title: 'Replace `unichr` with `six.unichr`', safety: 'safe', text: 'six.unichr', imports: [SIX] },
  },
  {
    id: 'unicode-builtin',
    name: 'unicode',
    severity: 'error',
    summary: '`unicode` is a Python 2-only builtin',
    message: '`unicode` was renamed to `str` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `unicode`, as a type (`isinstance(x, unicode)`) or as a conversion (`unicode(x)`).',
      whyItBreaks: 'Python 3 renamed the text type to `str`; `unicode` raises NameError.',
      example: 'label = unicode(count)\nif isinstance(label, unicode):\n    pass',
      useInstead: 'py3: `str(count)`, `isinstance(label, str)`\ncompat: `six.text_type(count)`, `isinstance(label, six.text_type)` with `import six`',
      fixSafety: 'Unsafe: Python 2 `unicode(b)` decodes a byte string (and fails on non-ASCII), while Python 3 `str(b)` of a bytes object returns its repr, `"b\'...\'"`. Review what is converted.',
    },
    py3: { title: 'Replace `unicode` with `str`', safety: 'unsafe', text: 'str' },
    compat: { title: 'Replace `unicode` with `six.text_type`', safety: 'unsafe', text: 'six.text_type', imports: [SIX] },
  },
  {
    id: 'xrange-builtin',
    name: 'xrange',
    severity: 'error',
    summary: '`xrange` is a Python 2-only builtin',
    message: '`xrange` was renamed to `range` in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin `xrange`.',
      whyItBreaks: 'Python 3 `range` is lazy like Python 2 `xrange`, which no longer exists: it raises NameError.',
      example: 'for i in xrange(10):\n    print(i)',
      useInstead: 'py3: `for i in range(10):`\ncompat: the same with `from six.moves import range` (or `six.moves.range(10)` when the module also calls the list-returning `range`)',
      fixSafety:
        'Safe: Python 3 `range` supports everything `xrange` did, except that it shows and compares differently: Python 2 printed ' +
        '`xrange(10)` and compared xrange objects by identity, Python 3 prints `range(0, 10)` and `range(3) == range(3)` is True. ' +
        'So the fix is unsafe where the `xrange(...)` object, or a name it is assigned to in the same function, is printed, ' +
        'passed to `str()`/`repr()`/`format()`, formatted with `%` or `.format()`, put in backticks, or compared with `==`/`!=`. ' +
        'An object passed to another function that prints it is not seen.',
    },
    py3: { title: 'Replace `xrange` with `range`', safety: 'safe', text: 'range' },
    compat: { title: 'Replace `xrange` with `range` from `six.moves`', safety: 'safe', compute: (file) => sixMovesName(file, 'range') },
    reprDiffers: true,
  },
  {
    id: 'standarderror-builtin',
    name: 'StandardError',
    severity: 'error',
    summary: '`StandardError` is a Python 2-only builtin',
    message: '`StandardError` does not exist in Python 3',
    docs: {
      whatItDoes: 'Flags uses of the builtin exception class `StandardError`.',
      whyItBreaks: 'Python 3 removed `StandardError`: using it raises NameError. Its subclasses now derive from `Exception` directly.',
      example: 'try:\n    run()\nexcept StandardError:\n    log()',
      useInstead: 'try:\n    run()\nexcept Exception:\n    log()',
      fixSafety: 'Unsafe: `except Exception` also catches `StopIteration`, `GeneratorExit` (2.5) and the `Warning` classes, which `StandardError` did not.',
    },
    py3: { title: 'Replace `StandardError` with `Exception`', safety: 'unsafe', text: 'Exception' },
    compat: { title: 'Replace `StandardError` with `Exception`', safety: 'unsafe', text: 'Exception' },
  },
];

function fixFor(node: Node, file: SourceFile, replacement: Replacement, shown: boolean): Fix {
  const computed = replacement.compute?.(file);
  const text = computed?.text ?? replacement.text;
  const imports = [...(replacement.imports ?? []), ...(computed?.imports ?? [])];
  return {
    title: replacement.title,
    safety: shown ? 'unsafe' : replacement.safety,
    edits: text === undefined ? [] : [{ start: node.startIndex, end: node.endIndex, newText: text }],
    ...(imports.length > 0 ? { imports } : {}),
  };
}

function fixability(entry: BuiltinRename): Partial<Record<Target, FixSafety>> {
  return { py3: entry.py3?.safety ?? 'manual', compat: entry.compat?.safety ?? 'manual' };
}

function toRule(entry: BuiltinRename): Rule {
  return {
    id: entry.id,
    category: 'builtins',
    severity: entry.severity,
    summary: entry.summary,
    fixability: fixability(entry),
    docs: entry.docs,
    identifiers: [entry.name],
    onIdentifier(node, ctx) {
      if (!isBuiltinReference(node, ctx.file)) return;
      const fixable = !entry.fixCallsOnly || callOf(node) !== undefined;
      const fixes: Partial<Record<Target, Fix>> = {};
      const call = entry.reprDiffers ? callOf(node) : undefined;
      const shown = !!call && isReprExposed(call, ctx.file);
      if (fixable && entry.py3) fixes.py3 = fixFor(node, ctx.file, entry.py3, shown);
      if (fixable && entry.compat) fixes.compat = fixFor(node, ctx.file, entry.compat, shown);
      ctx.report({ node, message: entry.message, fixes });
    },
  };
}

/** One rule per renamed or removed builtin, in catalog order. */
export const BUILTIN_RENAME_RULES: readonly Rule[] = TABLE.map(toRule);
