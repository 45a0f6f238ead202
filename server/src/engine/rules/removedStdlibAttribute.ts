// Standard-library module attributes that exist in Python 2.7 and not in Python 3, from the generated table
// (removedAttributes.data.ts, built by scripts/gen-removed-attributes.py from dir() under both interpreters).
// Attributes with a rule of their own (string, types, operator, itertools, sys.maxint, ...) are left to it.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../sourceFile';
import type { Fix, RequiredImport, Rule, RuleContext, Target, TextEdit } from '../types';
import { importItemEdit, isModuleNameUsable, type ModuleAttributeRef, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';
import { REMOVED_ATTRIBUTES } from './removedAttributes.data';

/** Modules whose removed attributes a dedicated rule reports. */
const OWNED_MODULES = new Set(['string', 'types', 'operator', 'itertools']);
/** Single attributes a dedicated rule reports. */
const OWNED_ATTRIBUTES = new Set(['sys.maxint', 'sys.exc_type', 'sys.exc_value', 'sys.exc_traceback', 'sys.exc_clear', 'sys.exitfunc', 'os.getcwdu']);

export function isRemovedAttribute(module: string, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(REMOVED_ATTRIBUTES, module) && Object.prototype.hasOwnProperty.call(REMOVED_ATTRIBUTES[module], name);
}

function isReported(module: string, name: string): boolean {
  return !OWNED_MODULES.has(module) && !OWNED_ATTRIBUTES.has(`${module}.${name}`) && isRemovedAttribute(module, name);
}

interface Move {
  module: string;
  name: string;
  imports?: RequiredImport[];
}

interface Rename {
  py3: Move;
  compat?: Move;
  safety: 'safe' | 'unsafe';
  /** Why the fix is unsafe (appended to the title-less message). */
  why?: string;
}

const ABCS = ['Callable', 'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
  'MutableSequence', 'MutableSet', 'Sequence', 'Set', 'Sized', 'ValuesView'];

/** Removed attributes with a mechanical replacement. */
const RENAMES: Record<string, Rename> = {
  ...Object.fromEntries(ABCS.map((abc): [string, Rename] => [`collections.${abc}`, {
    py3: { module: 'collections.abc', name: abc, imports: [{ kind: 'import', module: 'collections.abc' }] },
    compat: { module: 'six.moves.collections_abc', name: abc, imports: [{ kind: 'import', module: 'six' }] },
    safety: 'safe',
  }])),
  'fractions.gcd': {
    py3: { module: 'math', name: 'gcd', imports: [{ kind: 'import', module: 'math' }] },
    safety: 'unsafe',
    why: '`fractions.gcd` took the sign of its second argument (gcd(4, -6) == -2), `math.gcd` is never negative, and `math.gcd` accepts only integers',
  },
  'base64.encodestring': { py3: { module: 'base64', name: 'encodebytes' }, safety: 'unsafe', why: 'Python 3 accepts only bytes-like input' },
  'base64.decodestring': { py3: { module: 'base64', name: 'decodebytes' }, safety: 'unsafe', why: 'Python 3 accepts only bytes-like input' },
  'time.clock': { py3: { module: 'time', name: 'perf_counter' }, safety: 'unsafe', why: 'Python 2 `time.clock` measured CPU time on Unix; `time.perf_counter` is wall-clock time (`time.process_time` is CPU time)' },
  'inspect.getargspec': { py3: { module: 'inspect', name: 'getfullargspec' }, safety: 'unsafe', why: '`getfullargspec` returns seven fields (`varkw` instead of `keywords`), so unpacking into four names fails' },
};

function attributeFix(ref: ModuleAttributeRef & { attribute: Node }, move: Move, safety: 'safe' | 'unsafe'): Fix {
  const sameModule = move.module === ref.module;
  const edit: TextEdit = sameModule
    ? { start: ref.nameNode.startIndex, end: ref.nameNode.endIndex, newText: move.name }
    : { start: ref.attribute.startIndex, end: ref.nameNode.endIndex, newText: `${move.module}.${move.name}` };
  return { title: `Replace \`${ref.module}.${ref.name}\` with \`${move.module}.${move.name}\``, safety, edits: [edit], ...(move.imports ? { imports: move.imports } : {}) };
}

function importFix(ref: ModuleAttributeRef & { importStatement: Node; importItem: Node }, move: Move, safety: 'safe' | 'unsafe'): Fix | undefined {
  const local = ref.alias ?? ref.name;
  const item = move.name === local ? move.name : `${move.name} as ${local}`;
  const title = `Import \`${move.name}\` from \`${move.module}\``;
  if (move.module === ref.module) return { title, safety, edits: [{ start: ref.importItem.startIndex, end: ref.importItem.endIndex, newText: item }] };
  const items = ref.importStatement.childrenForFieldName('name');
  const moduleName = ref.importStatement.childForFieldName('module_name')!;
  if (items.length === 1) {
    return {
      title, safety,
      edits: [
        { start: moduleName.startIndex, end: moduleName.endIndex, newText: move.module },
        { start: ref.importItem.startIndex, end: ref.importItem.endIndex, newText: item },
      ],
    };
  }
  // Several names: drop this one and import it from the new module (the fixer adds each import once).
  if (move.name !== local || ref.importStatement.parent?.type !== 'module') return undefined;
  const drop = importItemEdit(ref.importStatement, ref.importItem, undefined);
  return drop ? { title, safety, edits: [drop], imports: [{ kind: 'from', module: move.module, name: move.name }] } : undefined;
}

function fixFor(ref: ModuleAttributeRef, move: Move | undefined, rename: Rename, file: SourceFile): Fix | undefined {
  if (!move) return undefined;
  // A module-level name that the fix would reach for must be the module.
  const head = move.module.split('.')[0];
  if (head !== ref.module.split('.')[0] && !isModuleNameUsable(file, head)) return undefined;
  if (ref.attribute) return attributeFix(ref as ModuleAttributeRef & { attribute: Node }, move, rename.safety);
  return importFix(ref as ModuleAttributeRef & { importStatement: Node; importItem: Node }, move, rename.safety);
}

/** The hint as a message tail: "; use X", or "; there is no replacement (...)" for the table's `nothing (...)`. */
export function hintText(hint: string | undefined): string {
  if (!hint) return '';
  return hint.startsWith('nothing') ? `; there is no replacement${hint.slice('nothing'.length)}` : `; use ${hint}`;
}

function report(ref: ModuleAttributeRef, ctx: RuleContext): void {
  const key = `${ref.module}.${ref.name}`;
  const hint = REMOVED_ATTRIBUTES[ref.module][ref.name];
  const rename = RENAMES[key];
  const fixes: Partial<Record<Target, Fix>> = {};
  if (rename) {
    const py3 = fixFor(ref, rename.py3, rename, ctx.file);
    const compat = fixFor(ref, rename.compat, rename, ctx.file);
    if (py3) fixes.py3 = py3;
    if (compat) fixes.compat = compat;
  }
  const message = `\`${key}\` does not exist in Python 3` + hintText(hint) + (rename?.why ? ` (${rename.why})` : '');
  ctx.report({ node: ref.attribute ?? ref.importItem, message, fixes });
}


for (const [module, names] of Object.entries(REMOVED_ATTRIBUTES)) if (!OWNED_MODULES.has(module)) watchModuleAttributes(module, Object.keys(names));

export const removedStdlibAttribute: Rule = {
  id: 'removed-stdlib-attribute',
  category: 'imports',
  severity: 'error',
  summary: 'Standard-library module attribute removed in Python 3',
  fixability: { py3: 'unsafe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `module.attr` (after `import module`) and `from module import attr` for the public attributes of standard-library modules ' +
      'that Python 2.7 has and Python 3 lacks, from a table generated by comparing `dir(module)` under Python 2.7.18 and 3.11.7 ' +
      '(`fractions.gcd`, `contextlib.nested`, `inspect.getargspec`, `platform.linux_distribution`, `cgi.escape`, `base64.encodestring`, ' +
      '`time.clock`, `collections.Mapping`, `os.popen2`, `os.path.walk`, `random.jumpahead`, ...). The message names the replacement where one is known.',
    whyItBreaks: 'The attribute does not exist in Python 3: using it raises AttributeError, importing it raises ImportError.',
    example: 'import collections\nfrom fractions import gcd\nif isinstance(x, collections.Mapping):\n    d = gcd(a, b)',
    useInstead: 'py3: `import collections.abc`, `from math import gcd`, `isinstance(x, collections.abc.Mapping)`\ncompat: `isinstance(x, six.moves.collections_abc.Mapping)`',
    fixSafety:
      'Safe for the `collections` ABCs (`collections.Mapping` is `collections.abc.Mapping`, and `six.moves.collections_abc` is either). ' +
      'Unsafe for `fractions.gcd` -> `math.gcd` (the sign of the result differs for negative arguments), `time.clock` -> `time.perf_counter` ' +
      '(CPU time vs wall time), `base64.encodestring` -> `encodebytes` (bytes only) and `inspect.getargspec` -> `getfullargspec` (a different tuple). ' +
      'The others (`contextlib.nested`, `os.path.walk`, `platform.linux_distribution`, ...) need a rewrite and are only explained.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) if (isReported(ref.module, ref.name)) report(ref, ctx);
  },
};
