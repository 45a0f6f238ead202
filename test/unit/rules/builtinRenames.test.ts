// The table-driven builtin rules (builtinRenames.ts) and the context every builtin rule respects.
import * as assert from 'node:assert/strict';
import { RuleSet, type Rule } from '../../../server/src/engine';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';
import { ruleTester } from '../ruleTester';

/** Code where `name` is not the builtin: every context exception of the family. */
function contextExceptions(name: string): string[] {
  return [
    `x.${name}\n`,
    `x.${name}(1)\n`,
    `f(${name}=1)\n`,
    `import ${name}\n`,
    `from m import ${name}\n`,
    `from past.builtins import ${name}\n${name}(1)\n`,
    `def ${name}(x): pass\n${name}(1)\n`,
    `def f(${name}): return ${name}\n`,
    `${name} = str\ny = ${name}\n`,
    `if six.PY2:\n    y = ${name}\n`,
    `if sys.version_info[0] == 2:\n    y = ${name}\nelse:\n    y = z\n`,
    `try:\n    y = ${name}\nexcept NameError:\n    y = z\n`,
    `y = ${name} if PY2 else z\n`,
    `s = "${name}"  # ${name}\n`,
    `def f(a, ${name}=None): pass\n`,
    // Scopes the per-scope check cannot see stay with the file-wide answer.
    `class C:\n    ${name} = str\n    y = ${name}\n`,
    `def f():\n    global ${name}\n    ${name} = str\ndef g():\n    return ${name}\n`,
  ];
}

ruleTester('basestring-builtin', {
  valid: contextExceptions('basestring'),
  invalid: [
    {
      code: 'if isinstance(v, basestring):\n    pass\n', count: 1, severity: 'error', message: '`basestring`', unsafe: true,
      output: { py3: 'if isinstance(v, str):\n    pass\n', compat: 'import six\nif isinstance(v, six.string_types):\n    pass\n' },
    },
    { name: 'unsafe fix: not applied by default', code: 'ok = isinstance(v, basestring)\n', output: { py3: null, compat: null } },
    {
      name: 'a parameter default is looked up outside the function (json/encoder.py)',
      code: 'def f(o, basestring=basestring):\n    return isinstance(o, basestring)\n', count: 1, message: '`basestring`',
    },
  ],
});

ruleTester('unicode-builtin', {
  valid: contextExceptions('unicode'),
  invalid: [
    {
      code: 'import os\nx = unicode(3)\nok = isinstance(x, unicode)\n', count: 2, unsafe: true,
      output: { py3: 'import os\nx = str(3)\nok = isinstance(x, str)\n', compat: 'import os\nimport six\nx = six.text_type(3)\nok = isinstance(x, six.text_type)\n' },
    },
    { code: 'print unicode(x)\n', count: 1 },
    {
      name: 'a parameter named unicode in one function does not hide the builtin in another (gettext.py)',
      code: 'class T:\n    def install(self, unicode=False):\n        return unicode\n    def get(self, m):\n        return unicode(m)\n',
      count: 1, message: '`unicode`',
    },
  ],
});

ruleTester('unichr-builtin', {
  valid: contextExceptions('unichr'),
  invalid: [
    { code: 'c = unichr(0x263a)\n', count: 1, output: { py3: 'c = chr(0x263a)\n', compat: 'import six\nc = six.unichr(0x263a)\n' } },
  ],
});

ruleTester('xrange-builtin', {
  valid: contextExceptions('xrange'),
  invalid: [
    {
      code: 'for i in xrange(3):\n    pass\nn = len(xrange(4))\n', count: 2,
      output: { py3: 'for i in range(3):\n    pass\nn = len(range(4))\n', compat: 'from six.moves import range\nfor i in range(3):\n    pass\nn = len(range(4))\n' },
    },
    {
      name: 'compat keeps the module\'s list-returning range() intact',
      code: 'a = range(3) + [1]\nfor i in xrange(3):\n    pass\n',
      output: { py3: 'a = range(3) + [1]\nfor i in range(3):\n    pass\n', compat: 'import six\na = range(3) + [1]\nfor i in six.moves.range(3):\n    pass\n' },
    },
    {
      name: 'compat uses the bare name when six.moves.range is already imported',
      code: 'from six.moves import range\nr = range(2)\nfor i in xrange(3):\n    pass\n',
      output: { compat: 'from six.moves import range\nr = range(2)\nfor i in range(3):\n    pass\n' },
    },
    { name: 'a printed xrange object: its repr changes', code: 'print xrange(3)\n', output: { py3: null, compat: null } },
    { name: 'repr() of an xrange object', code: 'x = repr(xrange(1, 5))\n', output: { py3: null, compat: null } },
    { name: 'an xrange object formatted with %', code: 's = "%s and %r" % (n, (xrange(2)))\n', output: { py3: null, compat: null } },
    { name: 'xrange objects compared with ==', code: 'same = xrange(2) == xrange(2)\n', count: 2, output: { py3: null } },
    {
      name: 'a name bound to an xrange object and printed in the same function',
      code: 'def f():\n    r = xrange(3)\n    for i in r:\n        pass\n    log("{}".format(r))\n',
      output: { py3: null },
    },
    {
      name: 'a name bound to an xrange object and put in backticks',
      code: 'r = xrange(3)\ns = `r`\n',
      output: { py3: null },
    },
    {
      name: 'a name bound to an xrange object that is only iterated, measured and indexed: safe',
      code: 'def f(log):\n    r = xrange(3)\n    print len(r), r[1], 2 in r\n    for i in r:\n        log(i)\n',
      output: { py3: 'def f(log):\n    r = range(3)\n    print len(r), r[1], 2 in r\n    for i in r:\n        log(i)\n' },
    },
  ],
});

ruleTester('raw_input-builtin', {
  valid: contextExceptions('raw_input'),
  invalid: [
    { code: 's = raw_input("? ")\n', count: 1, output: { py3: 's = input("? ")\n', compat: 'from six.moves import input\ns = input("? ")\n' } },
    {
      name: 'compat does not rebind a module-wide input()',
      code: 's = raw_input("? ")\nn = input("n? ")\n',
      output: { compat: 'import six\ns = six.moves.input("? ")\nn = input("n? ")\n' },
    },
    {
      name: 'a method named raw_input calls the builtin (code.py)',
      code: 'class Console:\n    def raw_input(self, prompt=""):\n        return raw_input(prompt)\n',
      count: 1, output: { py3: 'class Console:\n    def raw_input(self, prompt=""):\n        return input(prompt)\n' },
    },
  ],
});

ruleTester('reduce-builtin', {
  valid: [...contextExceptions('reduce'), 'from functools import reduce\nreduce(f, xs)\n'],
  invalid: [
    {
      code: '"""Doc."""\nimport os\nt = reduce(f, [1, 2])\nu = reduce(g, [3])\n', count: 2,
      output: { py3: '"""Doc."""\nimport os\nfrom functools import reduce\nt = reduce(f, [1, 2])\nu = reduce(g, [3])\n', compat: '"""Doc."""\nimport os\nfrom functools import reduce\nt = reduce(f, [1, 2])\nu = reduce(g, [3])\n' },
    },
  ],
});

ruleTester('intern-builtin', {
  valid: [...contextExceptions('intern'), 'import sys\nsys.intern("a")\n'],
  invalid: [
    { code: 'k = intern(s)\n', count: 1, output: { py3: 'import sys\nk = sys.intern(s)\n', compat: 'from six.moves import intern\nk = intern(s)\n' } },
  ],
});

ruleTester('standarderror-builtin', {
  valid: contextExceptions('StandardError'),
  invalid: [
    { code: 'try:\n    f()\nexcept StandardError:\n    pass\n', count: 1, output: { py3: null, compat: null } },
    { code: 'class E(StandardError):\n    pass\n', unsafe: true, output: { py3: 'class E(Exception):\n    pass\n', compat: 'class E(Exception):\n    pass\n' } },
    { code: 'try:\n    f()\nexcept StandardError, e:\n    pass\n', count: 1 },
  ],
});

ruleTester('file-builtin', {
  valid: [...contextExceptions('file'), 'with open(p) as file:\n    pass\n'],
  invalid: [
    { code: 'f = file(p, "rb")\n', count: 1, unsafe: true, output: { py3: 'f = open(p, "rb")\n', compat: 'f = open(p, "rb")\n' } },
    { name: 'non-call: flagged, no fix', code: 'ok = isinstance(f, file)\n', count: 1, unsafe: true, output: { py3: null, compat: null } },
  ],
});

ruleTester('buffer-builtin', {
  valid: contextExceptions('buffer'),
  invalid: [{ code: 'b = buffer(s, 1)\n', count: 1, message: 'memoryview', unsafe: true, output: { py3: null, compat: null } }],
});

ruleTester('coerce-builtin', {
  valid: contextExceptions('coerce'),
  invalid: [{ code: 'a, b = coerce(1, 2.0)\n', count: 1, unsafe: true, output: { py3: null, compat: null } }],
});

describe('rules sharing one query text', () => {
  before(initParser);

  it('compiles the query once and hands each match to every rule that owns it', () => {
    const seen: string[] = [];
    const rule = (id: string): Rule => ({
      id, category: 'builtins', severity: 'error', summary: id, fixability: {},
      docs: { whatItDoes: '', whyItBreaks: '', example: '', useInstead: '', fixSafety: '' },
      query: '((identifier) @name (#any-of? @name "a" "b"))',
      onMatch(captures, ctx) {
        for (const { node } of captures) {
          seen.push(`${id}:${node.text}`);
          if (node.text === id) ctx.report({ node });
        }
      },
    });
    const set = new RuleSet([rule('a'), rule('b')]);
    const file = SourceFile.parse('a + b + c\n');
    const findings = set.analyze(file).map((f) => `${f.ruleId}@${f.start}`);
    assert.deepEqual(findings, ['a@0', 'b@4']);
    assert.deepEqual(seen.sort(), ['a:a', 'a:b', 'b:a', 'b:b']);
    seen.length = 0;
    assert.deepEqual(set.analyze(file, { select: new Set(['b']) }).map((f) => f.ruleId), ['b']);
    assert.deepEqual(seen.sort(), ['b:a', 'b:b'], 'a disabled rule is not called');
    file.dispose();
  });
});
