// `__eq__` without `__hash__` or `__ne__` (catalog G9 and §4 item 8): Python 3 changes what such a
// class does without raising at the definition.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Rule } from '../types';
import { classDefines, hasRealBases, isOldStyleClass, methodSite, moduleSetsMetaclass } from './classBody';

/** Bases whose instances are unhashable on Python 2 already (`__hash__ = None`): a subclass loses nothing. */
const UNHASHABLE_BASES = new Set(['dict', 'list', 'set', 'bytearray', 'OrderedDict', 'defaultdict', 'Counter', 'deque']);

function hasUnhashableBase(cls: Node): boolean {
  return cls.childForFieldName('superclasses')?.namedChildren.some((b) => UNHASHABLE_BASES.has(b.type === 'attribute' ? b.childForFieldName('attribute')?.text ?? '' : b.text)) ?? false;
}

export const eqWithoutHash: Rule = {
  id: 'eq-without-hash',
  category: 'classes',
  severity: 'warning',
  quietInPython3: true,
  summary: 'A class defines `__eq__` but not `__hash__`: Python 3 makes its instances unhashable',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `def __eq__` in a new-style class body that does not define `__hash__`.',
    whyItBreaks:
      'Python 3 sets `__hash__ = None` in a class that defines `__eq__` without `__hash__`, so `hash(obj)`, `{obj}` and `d[obj]` raise ' +
      'TypeError. Python 2 kept the inherited identity hash. (Old-style Python 2 classes were already unhashable and are not flagged.)',
    example: 'class Point(object):\n    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)',
    useInstead:
      'class Point(object):\n    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)\n    def __hash__(self):\n        return hash((self.x, self.y))',
    fixSafety:
      'No automatic fix: either the instances are immutable values (hash the fields `__eq__` compares), or they are mutable and must not be ' +
      'dict keys (write `__hash__ = None` to say so); only the author knows which.',
  },
  identifiers: ['__eq__'],
  onIdentifier(name, ctx) {
    const site = methodSite(name);
    if (!site || isInCompatCode(site.def)) return;
    if (classDefines(site.body, '__hash__') || hasUnhashableBase(site.cls)) return;
    if (isOldStyleClass(site.cls, moduleSetsMetaclass(ctx.file.root, ctx.file.text))) return;
    const className = site.cls.childForFieldName('name')?.text ?? 'the class';
    ctx.report({
      node: name,
      message: `\`${className}\` defines \`__eq__\` without \`__hash__\`; Python 3 sets \`__hash__ = None\` and its instances become unhashable`,
    });
  },
};

export const eqWithoutNe: Rule = {
  id: 'eq-without-ne',
  category: 'classes',
  severity: 'warning',
  quietInPython3: true,
  summary: 'A class defines `__eq__` but not `__ne__`: `!=` means something else in Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes: 'Flags `def __eq__` in a class body without `__ne__`, when the class has no base other than `object` that could supply `__ne__`.',
    whyItBreaks:
      'Python 2 does not derive `!=` from `__eq__`: without `__ne__`, `a != b` compares identity, so two equal objects are also "not equal". ' +
      'Python 3 derives `__ne__` from `__eq__`, so the result of `!=` changes silently.',
    example: 'class Point(object):\n    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)',
    useInstead:
      'class Point(object):\n    def __eq__(self, other):\n        return (self.x, self.y) == (other.x, other.y)\n' +
      '    def __ne__(self, other):\n        result = self.__eq__(other)\n        return result if result is NotImplemented else not result',
    fixSafety: 'No automatic fix: code may rely on the Python 2 identity result of `!=`; adding `__ne__` makes Python 2 behave like Python 3.',
  },
  identifiers: ['__eq__'],
  onIdentifier(name, ctx) {
    const site = methodSite(name);
    if (!site || isInCompatCode(site.def) || hasRealBases(site.cls)) return;
    // With `__cmp__`, Python 2 answers `!=` from it, consistently with `==`.
    if (classDefines(site.body, '__ne__') || classDefines(site.body, '__cmp__')) return;
    const className = site.cls.childForFieldName('name')?.text ?? 'the class';
    ctx.report({
      node: name,
      message: `\`${className}\` defines \`__eq__\` without \`__ne__\`; Python 2 \`!=\` compares identity, Python 3 negates \`__eq__\``,
    });
  },
};
