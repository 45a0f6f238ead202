// A property with a setter on an old-style class: the one old-style difference that silently changes
// ordinary code. Python 2 old-style instances honour only the getter of a property: `obj.x = v` stores
// `v` in the instance dict (which then shadows the property), so the setter never runs. Python 3 makes
// every class new-style, and the setter runs. old-style-class (off by default) reports every class
// without bases; this rule is on by default and reports exactly this case.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode, isLocallyBound } from '../context';
import type { Rule, RuleContext, TextEdit } from '../types';
import { isOldStyleClass, moduleSetsMetaclass } from './classBody';

/** The class whose body holds `statement` directly, or undefined. */
function classOfStatement(statement: Node): Node | undefined {
  const body = statement.parent;
  const cls = body?.parent;
  return body?.type === 'block' && cls?.type === 'class_definition' ? cls : undefined;
}

/** `name = property(fget, fset, ...)` or `property(..., fset=...)`: the assignment statement and the property name. */
function propertyWithSetter(identifier: Node): { statement: Node; name: string } | undefined {
  const call = identifier.parent;
  if (call?.type !== 'call' || call.childForFieldName('function')?.id !== identifier.id) return undefined;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  const positional = args.filter((a) => a.type !== 'keyword_argument');
  const setter = positional.length >= 2 && positional[1].type !== 'none'
    || args.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'fset' && a.childForFieldName('value')?.type !== 'none');
  if (!setter) return undefined;
  const assignment = call.parent;
  const left = assignment?.childForFieldName('left');
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== call.id || left?.type !== 'identifier') return undefined;
  const statement = assignment.parent;
  return statement?.type === 'expression_statement' ? { statement, name: left.text } : undefined;
}

/** `@x.setter` on a method: the decorated definition and the property name. */
function setterDecorator(identifier: Node): { statement: Node; name: string } | undefined {
  const attribute = identifier.parent;
  if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== identifier.id) return undefined;
  const decorator = attribute.parent;
  const statement = decorator?.parent;
  if (decorator?.type !== 'decorator' || statement?.type !== 'decorated_definition') return undefined;
  return { statement, name: attribute.childForFieldName('object')?.text ?? '' };
}

function check(identifier: Node, ctx: RuleContext): void {
  const site = identifier.text === 'property'
    ? (!isLocallyBound(ctx.file, 'property') ? propertyWithSetter(identifier) : undefined)
    : setterDecorator(identifier);
  if (!site) return;
  const cls = classOfStatement(site.statement);
  if (!cls || !isOldStyleClass(cls, moduleSetsMetaclass(ctx.file.root, ctx.file.text)) || isInCompatCode(cls)) return;
  const className = cls.childForFieldName('name');
  if (!className) return;
  const bases = cls.childForFieldName('superclasses');
  const edit: TextEdit = bases
    ? { start: bases.startIndex, end: bases.endIndex, newText: '(object)' }
    : { start: className.endIndex, end: className.endIndex, newText: '(object)' };
  ctx.report({
    start: site.statement.startIndex,
    end: identifier.endIndex,
    message:
      `The setter of property \`${site.name}\` never runs on Python 2: \`${className.text}\` is an old-style class, whose instances ` +
      'store the assigned value instead; Python 3 calls the setter',
    fixes: { compat: { title: `Derive \`${className.text}\` from \`object\``, safety: 'unsafe', edits: [edit] } },
  });
}

export const oldStylePropertySetter: Rule = {
  id: 'old-style-property-setter',
  category: 'classes',
  severity: 'warning',
  // In a Python 3 file `class X:` is new-style: the setter runs there, as its author meant.
  quietInPython3: true,
  summary: 'A property setter on an old-style class is ignored by Python 2 and runs on Python 3',
  fixability: { py3: 'manual', compat: 'unsafe' },
  docs: {
    whatItDoes:
      'Flags `x = property(fget, fset)` (or `fset=`) and `@x.setter` methods in a class without bases, where neither the class nor the ' +
      'module sets `__metaclass__`: an old-style class on Python 2.',
    whyItBreaks:
      'Python 2 old-style classes honour only a property\'s getter: `obj.x = v` stores `v` in the instance, which then hides the ' +
      'property, and the setter never runs. Python 3 classes are all new-style, so the same assignment calls the setter: ' +
      'validation, conversion or side effects the program never ran start to happen.',
    example: 'class Temperature:\n    def _get(self):\n        return self._c\n    def _set(self, value):\n        self._c = value * 10\n    celsius = property(_get, _set)',
    useInstead:
      'Decide which behaviour is meant. If the setter is right (usually), derive from `object` so Python 2 runs it too:\n' +
      'class Temperature(object):\n    ...\n    celsius = property(_get, _set)\n' +
      'If the Python 2 behaviour is what the program relies on, drop the setter.',
    fixSafety:
      'py3: no fix, the behaviour changes either way and only the author knows which is meant. compat: deriving the class from ' +
      '`object` is unsafe: it makes Python 2 call the setter (as Python 3 does) and changes the class in the other old-style ways ' +
      '(see old-style-class).',
  },
  identifiers: ['property', 'setter'],
  onIdentifier: check,
};
