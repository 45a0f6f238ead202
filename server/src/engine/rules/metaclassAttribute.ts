// `__metaclass__` (catalog G1) and classes without bases (G2): how Python 2 chose a class's type.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode, nextTokenStart } from '../context';
import { isWordChar } from '../textScan';
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { findDefinition, isOldStyleClass, leavesBlockEmpty, lineIndent, moduleSetsMetaclass, removeStatementLines } from './classBody';

/** `M`, `abc.ABCMeta`: evaluating it has no side effects, so it may move from the class body to the class line. */
function isDottedName(node: Node): boolean {
  if (node.type === 'identifier') return true;
  if (node.type !== 'attribute') return false;
  const object = node.childForFieldName('object');
  return !!object && isDottedName(object);
}

function rootName(node: Node): string {
  let n = node;
  while (n.type === 'attribute') n = n.childForFieldName('object')!;
  return n.text;
}

/** The `__metaclass__ = M` statement, when `name` is its whole target. */
function metaclassAssignment(name: Node): { statement: Node; value: Node } | undefined {
  const assignment = name.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('left')?.id !== name.id) return undefined;
  const statement = assignment.parent;
  const value = assignment.childForFieldName('right');
  if (statement?.type !== 'expression_statement' || !value || value.type === 'assignment') return undefined;
  return { statement, value };
}

const KNOWN_METACLASSES = new Set(['type', 'ABCMeta', 'abc.ABCMeta']);

/** A top-level `class name(...)` in the module. */
function definesClass(root: Node, name: string): boolean {
  return root.namedChildren.some((statement) => {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    return definition?.type === 'class_definition' && definition.childForFieldName('name')?.text === name;
  });
}

function classFixes(ctx: RuleContext, cls: Node, body: Node, statement: Node, value: Node): { py3?: Fix; compat?: Fix } {
  const text = ctx.file.text;
  const bases = cls.childForFieldName('superclasses');
  const name = cls.childForFieldName('name');
  if (!name || !isDottedName(value)) return {};
  // The class body runs before Python 2 reads `__metaclass__`; a metaclass defined in the body does not exist on the class line.
  if (findDefinition(body, rootName(value))) return {};
  // Only one binding, and nothing else in the body reads it.
  if (findDefinition(body, '__metaclass__')?.id !== statement.id) return {};
  if (bases?.namedChildren.some((b) => b.type !== 'identifier' && b.type !== 'attribute' && b.type !== 'comment')) return {};

  let removal: TextEdit | undefined;
  if (leavesBlockEmpty(body, [statement])) {
    const indent = lineIndent(text, statement);
    removal = indent === undefined ? undefined : { start: statement.startIndex, end: statement.endIndex, newText: 'pass' };
  } else {
    removal = removeStatementLines(text, statement);
  }
  if (!removal) return {};

  const metaclass = value.text;
  const baseList = bases?.namedChildren.filter((b) => b.type !== 'comment') ?? [];
  const py3Header: TextEdit = !bases
    ? { start: name.endIndex, end: name.endIndex, newText: `(metaclass=${metaclass})` }
    : baseList.length === 0
      ? { start: bases.startIndex, end: bases.endIndex, newText: `(metaclass=${metaclass})` }
      : { start: baseList[baseList.length - 1].endIndex, end: baseList[baseList.length - 1].endIndex, newText: `, metaclass=${metaclass}` };
  const inner = bases ? text.slice(bases.startIndex + 1, bases.endIndex - 1).trim() : '';
  const compatHeader: TextEdit = {
    start: bases ? bases.startIndex : name.endIndex,
    end: bases ? bases.endIndex : name.endIndex,
    newText: `(six.with_metaclass(${metaclass}${inner ? `, ${inner}` : ''}))`,
  };
  // Python 2 leaves `__metaclass__` in the class dict; code that reads `C.__metaclass__` would lose it.
  const readsAttribute = /\.\s*__metaclass__\b/.test(text);
  const safety = readsAttribute ? 'unsafe' : 'safe';
  // six.with_metaclass asks the metaclass for `__prepare__` on Python 3, which a metaclass function
  // lacks (AttributeError); only a class the module defines, or a known one, is certainly a class.
  const compatSafety = safety === 'safe' && (KNOWN_METACLASSES.has(metaclass) || definesClass(ctx.file.root, metaclass)) ? 'safe' : 'unsafe';
  return {
    py3: { title: `Pass \`metaclass=${metaclass}\` in the class statement`, safety, edits: [py3Header, removal] },
    compat: { title: `Use \`six.with_metaclass(${metaclass}, ...)\``, safety: compatSafety, edits: [compatHeader, removal], imports: [{ kind: 'import', module: 'six' }] },
  };
}

export const metaclassAttribute: Rule = {
  id: 'metaclass-attribute',
  category: 'classes',
  severity: 'warning',
  summary: 'Python 3 ignores `__metaclass__`; pass `metaclass=` in the class statement',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `__metaclass__ = M` in a class body, and at module level (where Python 2 applies it to every class without bases).',
    whyItBreaks:
      'Python 3 takes the metaclass only from the class statement (`class C(Base, metaclass=M)`); a `__metaclass__` attribute is an ordinary ' +
      'class attribute. The class silently gets `type` as its metaclass: registries stay empty, abstract methods are not enforced, ' +
      'and methods the metaclass provides are missing.',
    example: 'class Plugin(Base):\n    __metaclass__ = PluginMeta\n    name = None',
    useInstead: 'py3: `class Plugin(Base, metaclass=PluginMeta):`\ncompat: `class Plugin(six.with_metaclass(PluginMeta, Base)):` with `import six`',
    fixSafety:
      'Safe when the metaclass is a plain or dotted name not defined inside the class body and nothing reads `C.__metaclass__` ' +
      '(Python 2 left it in the class dict). `six.with_metaclass` (six 1.7+) builds the class with the metaclass directly; no ' +
      'temporary class stays in the MRO. On Python 3 it calls the metaclass\'s `__prepare__`, which a metaclass *function* lacks, so the ' +
      'compat fix is safe only for a metaclass class defined in the module, `type` or `abc.ABCMeta`, and unsafe otherwise. A module-level `__metaclass__ = type` is removed for py3 (all classes are new-style there); for compat ' +
      'it is flagged only: keeping Python 2 behaviour means adding `(object)` to the classes it covers.',
  },
  identifiers: ['__metaclass__'],
  onIdentifier(name, ctx) {
    const found = metaclassAssignment(name);
    if (!found || isInCompatCode(name)) return;
    const { statement, value } = found;
    const container = statement.parent;
    if (container?.type === 'module') {
      const isType = value.text === 'type';
      const removal = isType ? removeStatementLines(ctx.file.text, statement) : undefined;
      ctx.report({
        node: statement,
        severity: isType ? 'information' : 'warning',
        message: isType
          ? 'Module-level `__metaclass__ = type` only makes this module\'s classes new-style on Python 2; Python 3 ignores it'
          : `Module-level \`__metaclass__ = ${value.text}\` is ignored by Python 3: classes without bases no longer get this metaclass`,
        fixes: removal ? { py3: { title: 'Remove the module-level `__metaclass__`', safety: 'safe', edits: [removal] } } : {},
      });
      return;
    }
    const cls = container?.parent;
    if (container?.type !== 'block' || cls?.type !== 'class_definition') return;
    ctx.report({
      node: statement,
      message: `\`__metaclass__\` is ignored by Python 3; write \`metaclass=${value.text}\` in the class statement`,
      fixes: classFixes(ctx, cls, container, statement, value),
    });
  },
};

export const oldStyleClass: Rule = {
  id: 'old-style-class',
  category: 'classes',
  severity: 'information',
  // 961 findings on the 2.7 stdlib; only the compat target has anything to do about it.
  defaultEnabled: false,
  summary: 'A class without bases is old-style on Python 2 and new-style on Python 3',
  fixability: { py3: 'manual', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `class C:` and `class C():` where neither the class nor the module sets `__metaclass__`.',
    whyItBreaks:
      'Python 3 has only new-style classes. Code that worked with old-style semantics may change: the method resolution order of ' +
      'diamond hierarchies, `super()` and properties with setters (which old-style classes ignore), `__slots__`, special methods looked ' +
      'up on the instance instead of the type, hashing of instances that define `__eq__`, and `type(obj)`.',
    example: 'class Node:\n    pass',
    useInstead: 'py3: nothing to change (the finding is information)\ncompat: `class Node(object):`, so Python 2 runs the same class semantics as Python 3',
    fixSafety: 'Unsafe: adding `(object)` changes the class on Python 2 in all the ways above; test the code on Python 2 after it.',
  },
  keywords: ['class'],
  onKeyword(keyword, ctx) {
    // Most classes name a base (`class C(Base):`), seen from the text in a tree without errors.
    if (namesABase(ctx.file.text, keyword.endIndex) && !ctx.file.root.hasError) return;
    const cls = keyword.parent;
    if (cls?.type !== 'class_definition') return;
    const bases = cls.childForFieldName('superclasses');
    if (bases && bases.namedChildren.length > 0) return;
    if (!isOldStyleClass(cls, moduleSetsMetaclass(ctx.file.root, ctx.file.text)) || isInCompatCode(cls)) return;
    const name = cls.childForFieldName('name');
    if (!name) return;
    const edit: TextEdit = bases
      ? { start: bases.startIndex, end: bases.endIndex, newText: '(object)' }
      : { start: name.endIndex, end: name.endIndex, newText: '(object)' };
    ctx.report({
      node: name,
      message: `\`${name.text}\` is an old-style class on Python 2; Python 3 makes every class new-style`,
      fixes: { compat: { title: 'Derive the class from `object`', safety: 'unsafe', edits: [edit] } },
    });
  },
};

/**
 * The class statement whose `class` keyword ends at `keywordEnd` has `(` after its name and then a
 * name: its superclasses have a named child. (A non-ASCII name is left to the tree.)
 */
function namesABase(text: string, keywordEnd: number): boolean {
  let at = nextTokenStart(text, keywordEnd);
  if (!isWordChar(text.charCodeAt(at))) return false;
  while (isWordChar(text.charCodeAt(at))) at++;
  const open = nextTokenStart(text, at);
  return text[open] === '(' && isWordChar(text.charCodeAt(nextTokenStart(text, open + 1)));
}
