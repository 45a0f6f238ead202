// Function and method attributes Python 3 renamed to dunder names (catalog G10, G11).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext } from '../types';

const FUNCTION_ATTRS: Record<string, string> = {
  func_name: '__name__',
  func_doc: '__doc__',
  func_defaults: '__defaults__',
  func_code: '__code__',
  func_globals: '__globals__',
  func_closure: '__closure__',
  func_dict: '__dict__',
};

const METHOD_ATTRS: Record<string, string | undefined> = {
  im_func: '__func__',
  im_self: '__self__',
  // Unbound methods are plain functions in Python 3: there is no class to ask for.
  im_class: undefined,
};

/** The attribute node when `name` is the attribute part of `obj.name`. */
function attributeOf(name: Node): Node | undefined {
  const attribute = name.parent;
  return attribute?.type === 'attribute' && attribute.childForFieldName('attribute')?.id === name.id ? attribute : undefined;
}

/**
 * The module uses the name as its own attribute or variable (`self.func_name = name`,
 * `def f(func_name)`, `func_name=...`): then `x.func_name` may be one of its own objects.
 */
function isOwnName(file: SourceFile, name: string): boolean {
  return file.memo(`own-attr:${name}`, (f) =>
    new RegExp(`\\b(self|cls)\\s*\\.\\s*${name}\\b|(?<![\\w.])${name}\\s*=(?!=)|(?<![\\w.])${name}\\s*[,)]`).test(f.text));
}

/**
 * `Class.method`: an unbound method on Python 2, a plain function on Python 3, which has neither
 * `__func__` nor `__self__` (where Python 2 gave the function and None).
 */
function looksUnbound(object: Node): boolean {
  if (object.type !== 'attribute') return false;
  const owner = object.childForFieldName('object');
  // `Widget.method`, `threading._Condition.wait`: the owner's last name is a class name.
  const ownerName = owner?.type === 'attribute' ? owner.childForFieldName('attribute') : owner;
  return ownerName?.type === 'identifier' && /^_*[A-Z]/.test(ownerName.text);
}

function report(name: Node, ctx: RuleContext, replacement: string | undefined, kind: string): void {
  const attribute = attributeOf(name);
  if (!attribute || isInCompatCode(attribute)) return;
  const object = attribute.childForFieldName('object');
  // `self.func_name` is an attribute the class keeps for itself, not a function's.
  if (object?.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) return;
  let fixes: { py3?: Fix; compat?: Fix } = {};
  if (replacement) {
    const fix: Fix = {
      title: `Replace \`.${name.text}\` with \`.${replacement}\``,
      safety: isOwnName(ctx.file, name.text) || (kind === 'method' && object && looksUnbound(object)) ? 'unsafe' : 'safe',
      edits: [{ start: name.startIndex, end: name.endIndex, newText: replacement }],
    };
    fixes = { py3: fix, compat: fix };
  }
  ctx.report({
    node: name,
    message: replacement
      ? `\`.${name.text}\` is a Python 2-only ${kind} attribute; use \`.${replacement}\``
      : `\`.im_class\` does not exist in Python 3; use \`type(m.__self__)\` for a bound method (unbound methods are plain functions)`,
    fixes,
  });
}

export const functionAttrs: Rule = {
  id: 'function-attrs',
  category: 'classes',
  severity: 'error',
  summary: 'Python 3 renamed the `func_*` attributes of functions to dunder names',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `x.func_name`, `func_doc`, `func_defaults`, `func_code`, `func_globals`, `func_closure` and `func_dict`.',
    whyItBreaks: 'Python 3 functions only have `__name__`, `__doc__`, `__defaults__`, `__code__`, `__globals__`, `__closure__` and `__dict__`: the old names raise AttributeError.',
    example: 'log.debug("calling %s", func.func_name)',
    useInstead: 'log.debug("calling %s", func.__name__)',
    fixSafety:
      'Safe: Python 2.6+ has the dunder names too, with the same values. Unsafe where the module uses the old name for its own ' +
      'attributes or variables (`self.func_name = ...`), since `x.func_name` may then not be a function; `self.func_name` is never flagged.',
  },
  identifiers: Object.keys(FUNCTION_ATTRS),
  onIdentifier(name, ctx) {
    report(name, ctx, FUNCTION_ATTRS[name.text], 'function');
  },
};

export const methodAttrs: Rule = {
  id: 'method-attrs',
  category: 'classes',
  severity: 'error',
  summary: 'Python 3 renamed `im_func` and `im_self` of methods to `__func__` and `__self__`, and dropped `im_class`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `m.im_func`, `m.im_self` and `m.im_class`.',
    whyItBreaks:
      'Python 3 methods have `__func__` and `__self__` only: the old names raise AttributeError. Unbound methods no longer exist ' +
      '(`C.method` is the plain function), so `im_class` has no counterpart.',
    example: 'target = method.im_self\nfunc = method.im_func',
    useInstead: 'target = method.__self__\nfunc = method.__func__',
    fixSafety:
      'Safe for `im_func` and `im_self` of bound methods: Python 2.6+ has `__func__` and `__self__` with the same values. Unsafe on ' +
      '`Class.method` (an unbound method, a plain function in Python 3 that has neither attribute). `im_class` is not fixed: ' +
      'for a bound method `type(m.__self__)` is usually meant, for an unbound one the class has to be found another way.',
  },
  identifiers: Object.keys(METHOD_ATTRS),
  onIdentifier(name, ctx) {
    report(name, ctx, METHOD_ATTRS[name.text], 'method');
  },
};
