// Special methods Python 3 never calls (catalog G3-G8): the class still defines them, but the
// protocol that used them is gone, so the behaviour changes silently instead of raising.

import type { Node } from 'web-tree-sitter';
import type { Fix, FixSafety, Rule, RuleContext, RuleDocs, Target } from '../types';
import { dominantEol } from '../lineIndex';
import { isInCompatCode, isLocallyBound } from '../context';
import { classDefines, findDefinition, functionOf, insertLineAfter, lineIndent, methodSite } from './classBody';

interface SpecialMethodRule {
  id: string;
  summary: string;
  docs: RuleDocs;
  fixability: Partial<Record<Target, FixSafety>>;
  /** The Python 2 method names and, for each, the Python 3 one (undefined: no direct counterpart). */
  methods: Record<string, string | undefined>;
  message(name: string, replacement: string | undefined): string;
  /** Not flagged: the class already handles Python 3 (defines the replacement, or `__index__`...). */
  handled?(body: Node, name: string, replacement: string | undefined): boolean;
  fixes?(name: Node, replacement: string, ctx: RuleContext, statement: Node): Partial<Record<Target, Fix>>;
}

function specialMethodRule(spec: SpecialMethodRule): Rule {
  return {
    id: spec.id,
    category: 'classes',
    severity: 'warning',
    summary: spec.summary,
    fixability: spec.fixability,
    docs: spec.docs,
    identifiers: Object.keys(spec.methods),
    onIdentifier(name, ctx) {
      const site = methodSite(name);
      if (!site || isInCompatCode(site.def)) return;
      const replacement = spec.methods[name.text];
      if (spec.handled?.(site.body, name.text, replacement) ?? (replacement !== undefined && classDefines(site.body, replacement))) return;
      const fixes = replacement !== undefined && spec.fixes ? spec.fixes(name, replacement, ctx, site.statement) : {};
      ctx.report({ node: name, message: spec.message(name.text, replacement), fixes });
    },
  };
}

/** `__bool__ = __nonzero__` after the method: Python 3 finds its method, Python 2 keeps the one it calls. */
function aliasFix(name: Node, replacement: string, ctx: RuleContext, statement: Node): Fix | undefined {
  const edit = insertLineAfter(ctx.file.text, statement, `${replacement} = ${name.text}`);
  return edit && { title: `Add \`${replacement} = ${name.text}\` after the method`, safety: 'safe', edits: [edit] };
}

// Builtins whose result is always a bool (when the module does not rebind the name).
const BOOL_BUILTINS = new Set(['bool', 'isinstance', 'issubclass', 'hasattr', 'callable']);

/** Whether an expression always evaluates to a bool (or raises). Comparisons count: only a user `__eq__`/`__lt__` returning an int would escape. */
function isBoolExpression(node: Node, ctx: RuleContext): boolean {
  switch (node.type) {
    case 'true':
    case 'false':
    case 'not_operator':
    case 'comparison_operator':
      return true;
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 && isBoolExpression(node.namedChildren[0], ctx);
    case 'boolean_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return !!left && !!right && isBoolExpression(left, ctx) && isBoolExpression(right, ctx);
    }
    case 'conditional_expression': {
      const [whenTrue, , whenFalse] = node.namedChildren;
      return !!whenTrue && !!whenFalse && isBoolExpression(whenTrue, ctx) && isBoolExpression(whenFalse, ctx);
    }
    case 'call': {
      const fn = node.childForFieldName('function');
      return fn?.type === 'identifier' && BOOL_BUILTINS.has(fn.text) && !isLocallyBound(ctx.file, fn.text);
    }
    default:
      return false;
  }
}

/**
 * Whether every `return` of the method gives a bool (a bare `return` or falling off the end gives None,
 * which both Pythons reject alike). Python 2 also took an int from `__nonzero__`; Python 3's `__bool__`
 * raises TypeError on anything but a bool, so only then is the alias identical.
 */
function returnsOnlyBool(def: Node, ctx: RuleContext): boolean {
  const body = def.childForFieldName('body');
  if (!body) return false;
  const pending: Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'return_statement') {
      const value = node.firstNamedChild;
      if (value && !isBoolExpression(value, ctx)) return false;
      continue;
    }
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') continue;
    for (const child of node.namedChildren) pending.push(child);
  }
  return true;
}

/** `def __bool__(self): return bool(self.__nonzero__())` after the method: keeps the truth of an int return. */
function boolWrapperFix(def: Node, ctx: RuleContext, statement: Node): Fix | undefined {
  const text = ctx.file.text;
  const defIndent = lineIndent(text, statement);
  const bodyStatement = def.childForFieldName('body')?.firstNamedChild;
  const bodyIndent = bodyStatement && lineIndent(text, bodyStatement);
  const step = defIndent !== undefined && bodyIndent && bodyIndent.startsWith(defIndent) && bodyIndent.length > defIndent.length
    ? bodyIndent.slice(defIndent.length) : '    ';
  const self = def.childForFieldName('parameters')?.namedChildren[0];
  if (self?.type !== 'identifier') return undefined;
  const eol = dominantEol(text);
  const edit = insertLineAfter(text, statement, `def __bool__(${self.text}):${eol}${defIndent ?? ''}${step}return bool(${self.text}.__nonzero__())`);
  return edit && { title: 'Add `__bool__` returning `bool(self.__nonzero__())`', safety: 'unsafe', edits: [edit] };
}

export const nonzeroMethod = specialMethodRule({
  id: 'nonzero-method',
  summary: 'Python 3 never calls `__nonzero__`; truth testing uses `__bool__`',
  fixability: { py3: 'safe', compat: 'safe', cleanup: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `def __nonzero__(self)` in a class body that does not also define `__bool__`.',
    whyItBreaks:
      'Python 3 renamed the truth-value hook to `__bool__`. A class with only `__nonzero__` falls back to `__len__`, or is always true: ' +
      '`if obj:` silently takes the other branch. Nothing raises.',
    example: 'class Flag(object):\n    def __nonzero__(self):\n        return self.on',
    useInstead: 'py3 and compat: keep the method and add `__bool__ = __nonzero__` after it\ncleanup: rename the method to `__bool__`',
    fixSafety:
      'py3 and compat: safe when every `return` of the method provably gives a bool (`True`/`False`, `not`, a comparison, `bool()`, ' +
      '`isinstance()`..., or `and`/`or` of those): the alias gives Python 3 the method Python 2 already calls, and changes nothing on ' +
      'Python 2. Python 2 also accepted an int from `__nonzero__` (`return len(self.items)`), which Python 3 rejects from `__bool__` ' +
      'with TypeError; so for any other method the fix is unsafe and adds `def __bool__(self): return bool(self.__nonzero__())`, ' +
      'which keeps the truth of an int but answers where Python 2 raised TypeError (a `__nonzero__` returning None, a float, a list). ' +
      'cleanup: the rename is unsafe, it breaks explicit `obj.__nonzero__()` calls and subclasses that override `__nonzero__`, ' +
      'and an int return.',
  },
  methods: { __nonzero__: '__bool__' },
  message: () => '`__nonzero__` is never called by Python 3; define `__bool__`',
  fixes(name, replacement, ctx, statement) {
    const def = name.parent!;
    const fix = returnsOnlyBool(def, ctx) ? aliasFix(name, replacement, ctx, statement) : boolWrapperFix(def, ctx, statement);
    return {
      ...(fix ? { py3: fix, compat: fix } : {}),
      cleanup: { title: 'Rename `__nonzero__` to `__bool__`', safety: 'unsafe', edits: [{ start: name.startIndex, end: name.endIndex, newText: replacement }] },
    };
  },
});

export const divMethods = specialMethodRule({
  id: 'div-methods',
  summary: 'Python 3 never calls `__div__`, `__idiv__` or `__rdiv__`; `/` uses `__truediv__`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `__div__`, `__idiv__` and `__rdiv__` methods of a class that does not define the matching `__truediv__`, `__itruediv__` or `__rtruediv__`.',
    whyItBreaks:
      'Python 3 has only true division: `a / b` calls `__truediv__`. A class with only `__div__` raises TypeError ' +
      '("unsupported operand type(s) for /") where Python 2 called `__div__`.',
    example: 'class Money(object):\n    def __div__(self, n):\n        return Money(self.cents // n)',
    useInstead: 'class Money(object):\n    def __div__(self, n):\n        return Money(self.cents // n)\n    __truediv__ = __div__',
    fixSafety:
      'Safe: `__truediv__ = __div__` makes Python 3 run the method Python 2 ran for `/`, and on Python 2 `/` still calls `__div__` ' +
      '(modules with `from __future__ import division`, which raised TypeError before, now get the same method). ' +
      'Not offered where the class already defines the true-division method.',
  },
  methods: { __div__: '__truediv__', __idiv__: '__itruediv__', __rdiv__: '__rtruediv__' },
  message: (name, replacement) => `\`${name}\` is never called by Python 3; \`/\` calls \`${replacement}\``,
  fixes(name, replacement, ctx, statement) {
    const fix = aliasFix(name, replacement, ctx, statement);
    return fix ? { py3: fix, compat: fix } : {};
  },
});

export const cmpMethod = specialMethodRule({
  id: 'cmp-method',
  summary: 'Python 3 never calls `__cmp__`; comparisons use `__eq__`, `__lt__`...',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `def __cmp__(self, other)` in a class body.',
    whyItBreaks:
      'Python 3 dropped three-way comparison: `==` falls back to identity and `<`, `sorted()`, `min()` raise TypeError for a class ' +
      'that only defines `__cmp__`.',
    example: 'class Version(object):\n    def __cmp__(self, other):\n        return cmp(self.parts, other.parts)',
    useInstead:
      '@functools.total_ordering\nclass Version(object):\n    def __eq__(self, other):\n        return self.parts == other.parts\n' +
      '    def __lt__(self, other):\n        return self.parts < other.parts\n    def __hash__(self):\n        return hash(self.parts)',
    fixSafety: 'No automatic fix: the rich comparisons (and a `__hash__` consistent with `__eq__`) have to be written from what `__cmp__` compares.',
  },
  methods: { __cmp__: undefined },
  handled: () => false,
  message: () => '`__cmp__` is never called by Python 3; define `__eq__` and `__lt__` (with `functools.total_ordering`)',
});

/** A `__getitem__` that tests for `slice` already serves Python 3; `__getslice__` is then only Python 2's fast path. */
function itemMethodHandlesSlices(body: Node, name: string): boolean {
  const item = { __getslice__: '__getitem__', __setslice__: '__setitem__', __delslice__: '__delitem__' }[name];
  const statement = item ? findDefinition(body, item) : undefined;
  const fn = statement && functionOf(statement);
  return !!fn && /\bslice\b/.test(fn.text);
}

export const sliceMethods = specialMethodRule({
  id: 'slice-methods',
  summary: 'Python 3 never calls `__getslice__`, `__setslice__` or `__delslice__`',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `__getslice__`, `__setslice__` and `__delslice__` methods whose class does not handle `slice` objects in the matching `__getitem__`, `__setitem__` or `__delitem__`.',
    whyItBreaks:
      'Python 3 passes a `slice` object to `__getitem__`/`__setitem__`/`__delitem__` for `obj[i:j]`; the `*slice__` methods are never called, ' +
      'so slicing runs the item method with an argument it does not expect.',
    example: 'class Row(object):\n    def __getitem__(self, i):\n        return self.cells[i]\n    def __getslice__(self, i, j):\n        return Row(self.cells[i:j])',
    useInstead: 'class Row(object):\n    def __getitem__(self, i):\n        if isinstance(i, slice):\n            return Row(self.cells[i])\n        return self.cells[i]',
    fixSafety: 'No automatic fix: the item method has to be taught about `slice` objects (negative and missing bounds, steps).',
  },
  methods: { __getslice__: '__getitem__', __setslice__: '__setitem__', __delslice__: '__delitem__' },
  handled: itemMethodHandlesSlices,
  message: (name, replacement) => `\`${name}\` is never called by Python 3; \`${replacement}\` receives a \`slice\` object instead`,
});

export const octHexMethods = specialMethodRule({
  id: 'oct-hex-methods',
  summary: 'Python 3 never calls `__oct__` or `__hex__`; `oct()` and `hex()` use `__index__`',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `__oct__` and `__hex__` methods of a class that does not define `__index__`.',
    whyItBreaks: 'Python 3 `oct(x)` and `hex(x)` convert `x.__index__()` and ignore `__oct__`/`__hex__`: without `__index__` they raise TypeError.',
    example: 'class Flags(object):\n    def __hex__(self):\n        return hex(self.bits)',
    useInstead: 'class Flags(object):\n    def __index__(self):\n        return self.bits',
    fixSafety: 'No automatic fix: `__index__` must return an int, and it also makes the object usable as a sequence index and in slices.',
  },
  methods: { __oct__: undefined, __hex__: undefined },
  handled: (body) => classDefines(body, '__index__'),
  message: (name) => `\`${name}\` is never called by Python 3; define \`__index__\``,
});

export const coerceMethod = specialMethodRule({
  id: 'coerce-method',
  summary: 'Python 3 never calls `__coerce__`',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `def __coerce__(self, other)` in a class body.',
    whyItBreaks:
      'Python 3 removed coercion: mixed-type arithmetic calls the operator and its reflected form (`__add__`, `__radd__`) directly, so ' +
      'operations that worked through `__coerce__` raise TypeError.',
    example: 'class Meters(object):\n    def __coerce__(self, other):\n        return self.value, float(other)',
    useInstead: 'class Meters(object):\n    def __add__(self, other):\n        return self.value + float(other)\n    __radd__ = __add__',
    fixSafety: 'No automatic fix: each operator has to handle the other operand types itself.',
  },
  methods: { __coerce__: undefined },
  handled: () => false,
  message: () => '`__coerce__` is never called by Python 3; implement the operators and their reflected forms',
});

export const SPECIAL_METHOD_RULES: readonly Rule[] = [nonzeroMethod, cmpMethod, sliceMethods, divMethods, octHexMethods, coerceMethod];
