// B27: the `types` constants Python 3 removed. In Python 2 most were the builtin types themselves
// (`types.DictType is dict`), so the name of the builtin replaces them.

import { isLocallyBound } from '../context';
import type { Fix, RequiredImport, Rule, RuleContext, Target } from '../types';
import { type ModuleAttributeRef, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';

interface Mapping {
  py3: string;
  compat?: string;
  /** Safe where the Python 2 constant IS the builtin that replaces it, so both versions see the same object. */
  safety: 'safe' | 'unsafe';
  imports?: RequiredImport[];
  /** The builtin names the replacement uses, which the module must not rebind. */
  uses: string[];
  why?: string;
}

const SIX: RequiredImport = { kind: 'import', module: 'six' };

const same = (builtin: string): Mapping => ({ py3: builtin, compat: builtin, safety: 'safe', uses: [builtin] });

const MAPPINGS: Record<string, Mapping | undefined> = {
  BooleanType: same('bool'),
  ComplexType: same('complex'),
  DictType: same('dict'),
  DictionaryType: same('dict'),
  FloatType: same('float'),
  ListType: same('list'),
  ObjectType: same('object'),
  SliceType: same('slice'),
  TupleType: same('tuple'),
  TypeType: same('type'),
  NoneType: { py3: 'type(None)', compat: 'type(None)', safety: 'safe', uses: ['type'] },
  NotImplementedType: { py3: 'type(NotImplemented)', compat: 'type(NotImplemented)', safety: 'safe', uses: ['type'] },
  EllipsisType: { py3: 'type(Ellipsis)', compat: 'type(Ellipsis)', safety: 'safe', uses: ['type'] },
  IntType: { py3: 'int', compat: 'int', safety: 'unsafe', uses: ['int'], why: 'Python 2 `IntType` excluded `long`; Python 3 `int` is every integer' },
  LongType: { py3: 'int', compat: 'six.integer_types', safety: 'unsafe', imports: [SIX], uses: ['int'], why: 'Python 2 `LongType` excluded small ints' },
  StringType: { py3: 'str', compat: 'str', safety: 'unsafe', uses: ['str'], why: 'Python 2 `str` held bytes; Python 3 `str` is text (use `bytes` for binary data)' },
  UnicodeType: { py3: 'str', compat: 'six.text_type', safety: 'unsafe', imports: [SIX], uses: ['str'], why: 'Python 3 `str` is the text type, but the code may mix it with byte strings' },
  StringTypes: { py3: '(str,)', compat: 'six.string_types', safety: 'unsafe', imports: [SIX], uses: ['str'], why: 'Python 2 `StringTypes` also matched byte strings' },
  ClassType: { py3: 'type', compat: 'type', safety: 'unsafe', uses: ['type'], why: 'Python 2 `ClassType` was the type of old-style classes only' },
  XRangeType: { py3: 'range', safety: 'unsafe', uses: ['range'], why: 'Python 3 `range` is a sequence type with more methods' },
  BufferType: { py3: 'memoryview', safety: 'unsafe', uses: ['memoryview'], why: '`memoryview` has a different API' },
  // No replacement: old-style instances, unbound methods, dict proxies and files have no Python 3 counterpart a name can stand for.
  InstanceType: undefined,
  UnboundMethodType: undefined,
  DictProxyType: undefined,
  FileType: undefined,
};

const HINTS: Record<string, string> = {
  InstanceType: 'there are no old-style instances in Python 3',
  UnboundMethodType: 'unbound methods are plain functions in Python 3 (`types.FunctionType`)',
  DictProxyType: 'use `types.MappingProxyType`',
  FileType: 'use `io.IOBase`',
};

const BACK_IN_3_10 = new Set(['NoneType', 'NotImplementedType', 'EllipsisType']);

const isRemoved = (module: string, name: string): boolean => module === 'types' && Object.prototype.hasOwnProperty.call(MAPPINGS, name);

function report(ref: ModuleAttributeRef, ctx: RuleContext): void {
  // Python 3.10 brought `types.NoneType` (and NotImplementedType, EllipsisType) back: in Python 3 code it is the current spelling.
  if (BACK_IN_3_10.has(ref.name) && ctx.dialect === 'py3') return;
  const mapping = MAPPINGS[ref.name];
  const fixes: Partial<Record<Target, Fix>> = {};
  // Only `types.X` is rewritten; `from types import X` binds a name used elsewhere.
  if (mapping && ref.attribute && !mapping.uses.some((name) => isLocallyBound(ctx.file, name))) {
    const fix = (text: string, imports?: RequiredImport[]): Fix => ({
      title: `Replace \`types.${ref.name}\` with \`${text}\``,
      safety: mapping.safety,
      edits: [{ start: ref.attribute!.startIndex, end: ref.attribute!.endIndex, newText: text }],
      ...(imports ? { imports } : {}),
    });
    fixes.py3 = fix(mapping.py3);
    if (mapping.compat) fixes.compat = fix(mapping.compat, mapping.compat.startsWith('six.') ? mapping.imports : undefined);
  }
  const instead = mapping ? `\`${mapping.py3}\`` + (mapping.why ? ` (${mapping.why})` : '') : HINTS[ref.name];
  const missing = BACK_IN_3_10.has(ref.name) ? 'exists only in Python 3.10+' : 'does not exist in Python 3';
  ctx.report({ node: ref.attribute ?? ref.importItem, message: `\`types.${ref.name}\` ${missing}; ${mapping ? 'use ' : ''}${instead}`, fixes });
}

watchModuleAttributes('types', Object.keys(MAPPINGS));

export const typesModuleConstant: Rule = {
  id: 'types-module-constant',
  category: 'builtins',
  severity: 'error',
  summary: '`types` module constant removed in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `types.StringType`, `UnicodeType`, `IntType`, `LongType`, `DictType`, `NoneType`, `ClassType`, `InstanceType`, `FileType`, ... and `from types import` of them.',
    whyItBreaks: 'Python 3 removed the `types` aliases of builtin types: they raise AttributeError. Use the builtin type itself.',
    example: 'import types\nif type(x) in (types.DictType, types.NoneType):\n    pass',
    useInstead: 'if type(x) in (dict, type(None)):\n    pass',
    fixSafety:
      'Safe where the Python 2 constant is the builtin itself (`types.DictType is dict`, also List, Tuple, Float, Boolean, Complex, Object, Type, Slice; ' +
      '`NoneType` is `type(None)`). Unsafe where the meaning changes: `IntType`/`LongType` -> `int`, `StringType` -> `str` (text on Python 3; ' +
      '`bytes` may be meant), `UnicodeType` -> `str`, `StringTypes` -> `(str,)`, `ClassType` -> `type`, `XRangeType` -> `range`, `BufferType` -> `memoryview`. ' +
      '`InstanceType`, `UnboundMethodType`, `DictProxyType` and `FileType` and `from types import ...` are only explained.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) if (isRemoved(ref.module, ref.name)) report(ref, ctx);
  },
};
