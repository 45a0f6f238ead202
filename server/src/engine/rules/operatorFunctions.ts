// B24 and B25: `operator` functions Python 3 removed.

import type { Node } from 'web-tree-sitter';
import { isLocallyBound } from '../context';
import type { Fix, RequiredImport, Rule, RuleContext, Target } from '../types';
import { plainArguments } from './builtinReference';
import { calledBy, isModuleNameUsable, type ModuleAttributeRef, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';

/** Straight renames within `operator` (the same function under its Python 3 name). */
const RENAMES: Record<string, string> = { sequenceIncludes: 'contains', repeat: 'mul', irepeat: 'imul' };

/** `operator.isXType(o)` -> `isinstance(o, <abc>)`: per target the ABC and the import it needs. */
const TYPE_TESTS: Record<string, { py3: string; compat: string; py3Import: RequiredImport; compatImport: RequiredImport }> = {
  isMappingType: { py3: 'collections.abc.Mapping', compat: 'six.moves.collections_abc.Mapping', py3Import: { kind: 'import', module: 'collections.abc' }, compatImport: { kind: 'import', module: 'six' } },
  isSequenceType: { py3: 'collections.abc.Sequence', compat: 'six.moves.collections_abc.Sequence', py3Import: { kind: 'import', module: 'collections.abc' }, compatImport: { kind: 'import', module: 'six' } },
  isNumberType: { py3: 'numbers.Number', compat: 'numbers.Number', py3Import: { kind: 'import', module: 'numbers' }, compatImport: { kind: 'import', module: 'numbers' } },
};

const REMOVED = new Set(['isCallable', 'sequenceIncludes', 'repeat', 'irepeat', 'isMappingType', 'isSequenceType', 'isNumberType', 'delslice', 'getslice', 'setslice', '__delslice__', '__getslice__', '__setslice__', '__repeat__', '__irepeat__']);
const DIVISION = new Set(['div', 'idiv', '__div__', '__idiv__']);

const HINTS: Record<string, string> = {
  isCallable: 'use the builtin `callable`',
  delslice: 'use `operator.delitem(a, slice(b, c))`',
  getslice: 'use `operator.getitem(a, slice(b, c))`',
  setslice: 'use `operator.setitem(a, slice(b, c), v)`',
};

function singleArgument(attribute: Node): { call: Node; arg: Node } | undefined {
  const call = calledBy(attribute);
  const args = call && plainArguments(call);
  return call && args?.length === 1 ? { call, arg: args[0] } : undefined;
}

function removedFixes(ref: ModuleAttributeRef & { attribute: Node }, ctx: RuleContext): Partial<Record<Target, Fix>> {
  const renamed = RENAMES[ref.name.replace(/^__(.*)__$/, '$1')];
  if (renamed) {
    const name = ref.name.startsWith('__') ? `__${renamed}__` : renamed;
    const fix: Fix = { title: `Replace \`operator.${ref.name}\` with \`operator.${name}\``, safety: 'safe', edits: [{ start: ref.nameNode.startIndex, end: ref.nameNode.endIndex, newText: name }] };
    return { py3: fix, compat: fix };
  }
  if (ref.name === 'isCallable') {
    const edit = { start: ref.attribute.startIndex, end: ref.attribute.endIndex, newText: 'callable' };
    if (isLocallyBound(ctx.file, 'callable')) return {};
    const fix: Fix = { title: 'Replace `operator.isCallable` with `callable`', safety: 'safe', edits: [edit] };
    return { py3: fix, compat: fix };
  }
  const test = TYPE_TESTS[ref.name];
  const parts = test && singleArgument(ref.attribute);
  if (!test || !parts || isLocallyBound(ctx.file, 'isinstance')) return {};
  const fix = (abc: string, imports: RequiredImport): Fix => ({
    title: `Replace \`operator.${ref.name}(o)\` with \`isinstance(o, ${abc})\``,
    safety: 'unsafe',
    edits: [{ start: parts.call.startIndex, end: parts.call.endIndex, newText: `isinstance(${parts.arg.text}, ${abc})` }],
    imports: [imports],
  });
  const head = (abc: string): string => abc.split('.')[0];
  const fixes: Partial<Record<Target, Fix>> = {};
  if (isModuleNameUsable(ctx.file, head(test.py3))) fixes.py3 = fix(test.py3, test.py3Import);
  if (isModuleNameUsable(ctx.file, head(test.compat))) fixes.compat = fix(test.compat, test.compatImport);
  return fixes;
}

watchModuleAttributes('operator', [...REMOVED, ...DIVISION]);

export const operatorRemovedFunction: Rule = {
  id: 'operator-removed-function',
  category: 'builtins',
  severity: 'error',
  summary: '`operator` function removed in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `operator.isCallable`, `sequenceIncludes`, `repeat`, `irepeat`, `isMappingType`, `isSequenceType`, `isNumberType`, `getslice`, `setslice` and `delslice`, ' +
      'after `import operator` or in `from operator import ...`.',
    whyItBreaks: 'Python 3 removed these functions: they raise AttributeError / ImportError.',
    example: 'import operator\nif operator.isCallable(f) and operator.sequenceIncludes(names, n):\n    pass',
    useInstead: 'if callable(f) and operator.contains(names, n):\n    pass',
    fixSafety:
      'Safe: `operator.isCallable` is the builtin `callable`, `sequenceIncludes` is `contains`, `repeat`/`irepeat` are `mul`/`imul` ' +
      '(Python 2 raised TypeError where the left operand was not a sequence; `mul` multiplies numbers instead). ' +
      'Unsafe: `isMappingType(o)` / `isSequenceType(o)` / `isNumberType(o)` -> `isinstance(o, collections.abc.Mapping / Sequence)` / `numbers.Number` ' +
      '(compat: `six.moves.collections_abc`): Python 2 tested for the C-level protocol slots, so it said True for every old-style instance and for ' +
      'any class defining `__getitem__`, while the ABCs need registration or inheritance. The `*slice` functions and `from operator import ...` are only explained.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) {
      if (ref.module !== 'operator' || !REMOVED.has(ref.name)) continue;
      const fixes = ref.attribute ? removedFixes(ref as ModuleAttributeRef & { attribute: Node }, ctx) : {};
      const renamed = RENAMES[ref.name.replace(/^__(.*)__$/, '$1')];
      const test = TYPE_TESTS[ref.name];
      const hint = renamed ? `use \`operator.${renamed}\`` : test ? `use \`isinstance(o, ${test.py3})\`` : HINTS[ref.name];
      ctx.report({ node: ref.attribute ?? ref.importItem, message: `\`operator.${ref.name}\` does not exist in Python 3` + (hint ? `; ${hint}` : ''), fixes });
    }
  },
};

export const operatorDiv: Rule = {
  id: 'operator-div',
  category: 'division',
  severity: 'error',
  summary: '`operator.div` and `operator.idiv` are Python 2-only',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `operator.div`, `operator.idiv`, `operator.__div__` and `operator.__idiv__`, after `import operator` or in `from operator import ...`.',
    whyItBreaks:
      'Python 3 has no classic division: `operator.div` raises AttributeError. Python 2 `div` floored integers and divided floats truly, so the ' +
      'replacement depends on the operands: `operator.floordiv` for integers, `operator.truediv` otherwise.',
    example: 'import operator\nhalf = reduce(operator.div, values)',
    useInstead: 'half = reduce(operator.truediv, values)  # or operator.floordiv for integer division',
    fixSafety: 'No automatic fix: which division was meant depends on the operand types at run time.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) {
      if (ref.module !== 'operator' || !DIVISION.has(ref.name)) continue;
      const base = ref.name.includes('idiv') ? 'itruediv` or `operator.ifloordiv' : 'truediv` or `operator.floordiv';
      ctx.report({ node: ref.attribute ?? ref.importItem, message: `\`operator.${ref.name}\` does not exist in Python 3; use \`operator.${base}\`` });
    }
  },
};
