// `__unicode__` and the bytes-returning `__str__` beside it (catalog §4 item 11).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import { dominantEol } from '../lineIndex';
import type { Fix, Rule, TextEdit } from '../types';
import { findDefinition, functionOf, lineIndent, methodSite, removeStatementLines } from './classBody';

/**
 * `return unicode(self).encode(...)` or `return self.__unicode__().encode(...)`: the Python 2 idiom
 * that makes `str(obj)` the UTF-8 bytes of `unicode(obj)`. Returns the codec literal's text.
 */
function encodingOfBytesStr(fn: Node): string | undefined {
  const statements = fn.childForFieldName('body')?.namedChildren.filter((s) => s.type !== 'comment' && !(s.type === 'expression_statement' && s.firstNamedChild?.type === 'string')) ?? [];
  if (statements.length !== 1 || statements[0].type !== 'return_statement') return undefined;
  const match = /^return\s+(?:unicode\(self\)|self\.__unicode__\(\))\.encode\(\s*(['"][\w-]+['"])?\s*(?:,\s*['"]\w+['"]\s*)?\)$/.exec(statements[0].text.trim());
  if (!match) return undefined;
  // Python 2 `.encode()` without arguments uses the default codec, ASCII.
  return match[1] ?? "'ascii'";
}

function isUtf8(literal: string): boolean {
  return /^['"]utf[-_]?8['"]$/i.test(literal);
}

export const unicodeMethod: Rule = {
  id: 'unicode-method',
  category: 'classes',
  severity: 'warning',
  summary: 'Python 3 never calls `__unicode__`; `str()` uses `__str__`, which must return text',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `def __unicode__(self)` in a class body.',
    whyItBreaks:
      'Python 3 has one text type and calls only `__str__`, which must return `str`. The Python 2 idiom, `__unicode__` plus a ' +
      '`__str__` returning `unicode(self).encode(\'utf-8\')`, breaks: `unicode` is gone, and a `__str__` returning bytes makes ' +
      '`str(obj)` raise TypeError.',
    example: "class Name(object):\n    def __unicode__(self):\n        return self.text\n    def __str__(self):\n        return unicode(self).encode('utf-8')",
    useInstead:
      'py3: rename `__unicode__` to `__str__` and delete the bytes `__str__`\n' +
      'compat: the same, plus `@six.python_2_unicode_compatible` on the class (which defines the two Python 2 methods from `__str__`)',
    fixSafety:
      'Unsafe: explicit `obj.__unicode__()` calls break, and on Python 3 `str(obj)` becomes text instead of bytes, which is the point ' +
      'but changes what callers receive. Offered when `__str__` is the encoding idiom (compat: with UTF-8, the codec six uses), or absent (py3 only).',
  },
  identifiers: ['__unicode__'],
  onIdentifier(name, ctx) {
    const site = methodSite(name);
    if (!site || isInCompatCode(site.def)) return;
    const { body, cls, statement } = site;
    const text = ctx.file.text;
    // A later binding of `__unicode__` wins in the class; handle the last one only.
    if (findDefinition(body, '__unicode__')?.id !== statement.id) return;
    const strStatement = findDefinition(body, '__str__');
    const strFunction = strStatement && functionOf(strStatement);
    const encoding = strFunction && strFunction.parent?.type !== 'decorated_definition' ? encodingOfBytesStr(strFunction) : undefined;
    // Already ported: `@python_2_unicode_compatible` on a class defining `__str__` gives it `__unicode__`.
    if (/python_2_unicode_compatible/.test(cls.parent?.type === 'decorated_definition' ? cls.parent.text.slice(0, cls.startIndex - cls.parent.startIndex) : '')) return;

    const rename: TextEdit = { start: name.startIndex, end: name.endIndex, newText: '__str__' };
    const fixes: { py3?: Fix; compat?: Fix } = {};
    const removal = strStatement && encoding ? removeStatementLines(text, strStatement) : undefined;
    if (!strStatement || removal) {
      const edits = removal ? [rename, removal] : [rename];
      fixes.py3 = { title: removal ? 'Rename `__unicode__` to `__str__` and delete the bytes `__str__`' : 'Rename `__unicode__` to `__str__`', safety: 'unsafe', edits };
      const classStatement = cls.parent?.type === 'decorated_definition' ? cls.parent : cls;
      const indent = lineIndent(text, classStatement);
      if (removal && encoding && isUtf8(encoding) && indent !== undefined) {
        const decorator: TextEdit = { start: classStatement.startIndex, end: classStatement.startIndex, newText: `@six.python_2_unicode_compatible${dominantEol(text)}${indent}` };
        fixes.compat = {
          title: 'Rename `__unicode__` to `__str__` under `@six.python_2_unicode_compatible`',
          safety: 'unsafe',
          edits: [decorator, ...edits],
          imports: [{ kind: 'import', module: 'six' }],
        };
      }
    }
    ctx.report({
      node: name,
      message: encoding
        ? '`__unicode__` is never called by Python 3, and the `__str__` encoding it returns bytes there; make `__str__` return text'
        : strStatement
          ? '`__unicode__` is never called by Python 3; `__str__` must return the text instead'
          : '`__unicode__` is never called by Python 3; rename it to `__str__`',
      fixes,
    });
  },
};
