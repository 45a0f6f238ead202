import * as assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine';
import { ruleTester, findingsOf, rulesReady } from '../ruleTester';

const FUTURE = 'from __future__ import print_function\n';

ruleTester('print-statement', {
  valid: [
    // Python 3 code and forms that mean the same on both.
    'print("hello")\n',
    'print (x)\n',
    'print((a, b))\n',
    'print(x, end="")\nprint(a, b)\n',
    { code: 'import sys\nprint("a", file=sys.stderr)\nprint(a, b)\nprint\n', name: 'a py3 file: print(a, b) and a no-op bare print' },
    { code: 'log = print\nprint(a, b)\n', name: 'print used as a value marks the file as Python 3' },
    'print(*args)\nprint(a, b)\n',
    'x = print\n',
    'print = logger.info\n',
    'print += 1\n',
    'self.print(x)\nobj.print\n',
    'f(print=1)\n',
    'x = "print a"\n# print a\n',
    'printer = 1\nprint_it(x)\n',
    { code: 'print(a, b)\n', name: 'a lone print(a, b): no Python 2 evidence, left alone' },
    { code: FUTURE + 'print(a, b)\nprint(x, end="")\nprint\n', name: 'future import: calls and a bare print are fine' },
    { code: FUTURE + 'print (a, b)\n', name: 'future import: print (a, b) is a call' },
    'def f():\n    return print\n',
    { code: 'print *a\n', name: 'print *a is a SyntaxError in Python 2, and a product in Python 3: left alone' },
    { code: 's = """\nprint x\n"""\n', name: 'print inside a string' },
  ],
  invalid: [
    { code: 'print "hello"\n', count: 1, message: 'Python 2-only', severity: 'error', output: { py3: 'print("hello")\n', compat: FUTURE + 'print("hello")\n' } },
    { code: 'print x, y\n', count: 1, output: { py3: 'print(x, y)\n', compat: FUTURE + 'print(x, y)\n' } },
    { code: 'print\n', count: 1, message: 'Bare', output: { py3: 'print()\n', compat: FUTURE + 'print()\n' } },
    { code: 'if x:\n    print\n', count: 1, output: { py3: 'if x:\n    print()\n' } },
    { code: 'print >>f, x\n', count: 1, output: { py3: 'print(x, file=f)\n', compat: FUTURE + 'print(x, file=f)\n' } },
    { code: 'print >>f\n', count: 1, output: { py3: 'print(file=f)\n' } },
    { code: 'print >> sys.stderr, "x", y\n', count: 1, output: { py3: 'print("x", y, file=sys.stderr)\n' } },
    { code: 'print>>f,x\n', output: { py3: 'print(x, file=f)\n' } },
    { code: 'class C:\n    print "in class"\n', output: { py3: 'class C:\n    print("in class")\n' } },
    { code: 'print >>None, x\n', output: { py3: 'print(x, file=None)\n' } },
    // Trailing comma: softspace. Only a literal ending in a newline or tab converts exactly (end="").
    { code: 'print "a\\n",\n', count: 1, output: { py3: 'print("a\\n", end="")\n', compat: FUTURE + 'print("a\\n", end="")\n' } },
    { code: 'print "%d\\t" % n,\n', output: { py3: 'print("%d\\t" % n, end="")\n' } },
    { code: 'print """a\n""",\n', output: { py3: 'print("""a\n""", end="")\n' } },
    { code: "print r'a\\n',\n", name: 'a raw string ends in "n", not a newline: unsafe', output: { py3: null } },
    { code: "print r'a\\n',\n", name: 'raw string, unsafe', unsafe: true, output: { py3: "print(r'a\\n', end=\" \")\n" } },
    { code: 'print x,\n', count: 1, message: 'end=" "', output: { py3: null, compat: null } },
    { code: 'print x,\n', unsafe: true, output: { py3: 'print(x, end=" ")\n', compat: FUTURE + 'print(x, end=" ")\n' } },
    {
      name: 'items after the first that only read names, attributes, items and pure builtins: safe',
      code: 'print "x", name, obj.attr, d[k], len(xs), "%s" % repr(y), sorted(set(z)), (a + b) * 2\n',
      output: { py3: 'print("x", name, obj.attr, d[k], len(xs), "%s" % repr(y), sorted(set(z)), (a + b) * 2)\n' },
    },
    { name: 'a first item that calls: safe (nothing written yet)', code: 'print f(x), y\n', output: { py3: 'print(f(x), y)\n' } },
    { name: 'a call after the first item, outside try: safe', code: 'print "n =", f.getnframes(), g(x)\n', output: { py3: 'print("n =", f.getnframes(), g(x))\n' } },
    {
      name: 'a call after the first item inside try: unsafe',
      code: 'try:\n    print "before", fail()\nexcept ValueError:\n    pass\n', message: 'inside a `try`', output: { py3: null, compat: null },
    },
    { name: 'int(s) inside try', code: 'try:\n    print "n:", int(s)\nexcept ValueError:\n    pass\n', output: { py3: null } },
    { name: 'a nested call inside try', code: 'try:\n    print "x", [g(v) for v in vs]\nfinally:\n    pass\n', output: { py3: null } },
    { name: 'pure builtins inside try: safe', code: 'try:\n    print "x", len(xs), repr(y)\nexcept E:\n    pass\n', output: { py3: 'try:\n    print("x", len(xs), repr(y))\nexcept E:\n    pass\n' } },
    { name: 'a try in a caller is not seen: safe', code: 'def show():\n    print "x", g()\ntry:\n    show()\nexcept E:\n    pass\n', output: { py3: 'def show():\n    print("x", g())\ntry:\n    show()\nexcept E:\n    pass\n' } },
    { name: 'an item calls a function of this file that prints', code: 'def log(m):\n    print m\n    return 1\nprint "n", log("x")\n', output: { py3: null } },
    { name: 'an item calls a method of this file that writes', code: 'class C:\n    def show(self):\n        sys.stdout.write("x")\nprint "n", c.show()\n', output: { py3: null } },
    { name: 'a rebound builtin that prints', code: 'def len(x):\n    print "len!"\nprint "n", len(xs)\n', output: { py3: null } },
    { name: 'one calling item makes the file fix unsafe', code: 'print "a"\ntry:\n    print "b", g()\nexcept E:\n    pass\n', count: 2, unsafe: true, output: { py3: 'print("a")\ntry:\n    print("b", g())\nexcept E:\n    pass\n' } },
    { code: 'print >>f, x,\n', unsafe: true, output: { py3: 'print(x, end=" ", file=f)\n' } },
    { code: 'print "a",; print "b"\n', name: 'one unsafe statement makes the whole-file fix unsafe', output: { py3: null, compat: null } },
    // Items: Python 2 writes no space after a string ending in a newline or tab.
    { code: 'print "Name:\\t", name\n', output: { py3: 'print("Name:\\t", name, sep="")\n' } },
    { code: 'print "a\\n", "b\\t", c\n', output: { py3: 'print("a\\n", "b\\t", c, sep="")\n' } },
    { code: 'print "a\\n", "b", c\n', name: 'mixed separators: unsafe', output: { py3: null } },
    { code: 'print "a\\n", "b", c\n', unsafe: true, output: { py3: 'print("a\\n", "b", c)\n' } },
    { code: 'print u"a\\u2003", b\n', output: { py3: 'print(u"a\\u2003", b, sep="")\n' } },
    { code: 'print "a\\u2003", b\n', name: '\\u is no escape in a str literal', output: { py3: 'print("a\\u2003", b)\n' } },
    { code: 'print "a" "b\\n", c\n', output: { py3: 'print("a" "b\\n", c, sep="")\n' } },
    // Forms tree-sitter reads as expressions.
    { code: 'print (a, b)\nprint x\n', count: 2, output: { py3: 'print((a, b))\nprint(x)\n', compat: FUTURE + 'print((a, b))\nprint(x)\n' } },
    { code: 'print x\nprint (a, b)\n', count: 2 },
    { code: 'print ()\nprint\n', count: 2, output: { py3: 'print(())\nprint()\n' } },
    { code: 'print ("a",)\nprint\n', count: 2, output: { py3: 'print(("a",))\nprint()\n' } },
    { code: 'print -1\n', count: 1, output: { py3: 'print(-1)\n' } },
    { code: 'print [1, 2]\n', count: 1, output: { py3: 'print([1, 2])\n' } },
    { code: 'print (a) + b\n', count: 1, output: { py3: 'print((a) + b)\n' } },
    { code: 'print (a), b\n', count: 1, output: { py3: 'print((a), b)\n' } },
    { code: 'print (a)[0]\n', output: { py3: 'print((a)[0])\n' } },
    { code: 'print ~x, not y, {1: 2}, .5, `x`\n', output: { py3: 'print(~x, not y, {1: 2}, .5, `x`)\n' } },
    { code: 'print "a" if x else "b"\n', output: { py3: 'print("a" if x else "b")\n' } },
    { code: 'print "%s" % (x,)\n', output: { py3: 'print("%s" % (x,))\n' } },
    { code: 'print lambda: 1\n', output: { py3: 'print(lambda: 1)\n' } },
    { code: 'print"x"\n', output: { py3: 'print("x")\n' } },
    // Layout: comments, continuations, several statements on a line, blocks.
    { code: 'print "a",  "b"  # note\n', output: { py3: 'print("a",  "b")  # note\n' } },
    { code: 'print "a", \\\n    "b"\n', output: { py3: 'print("a", \\\n    "b")\n' } },
    { code: 'print \\\n    "b"\n', output: { py3: 'print("b")\n' } },
    { code: 'print ("a" +  # why\n       "b"), c\n', output: { py3: 'print(("a" +  # why\n       "b"), c)\n' } },
    { code: 'print "a"; print "b"\n', count: 2, output: { py3: 'print("a"); print("b")\n' } },
    { code: 'if x: print "y"\nelse: print\n', count: 2, output: { py3: 'if x: print("y")\nelse: print()\n' } },
    { code: 'def f():\n    for i in xs:\n        print i\n', output: { py3: 'def f():\n    for i in xs:\n        print(i)\n' } },
    { code: 'x = 10\r\nprint x\r\n', output: { py3: 'x = 10\r\nprint(x)\r\n', compat: 'from __future__ import print_function\r\nx = 10\r\nprint(x)\r\n' } },
    { code: '"""Doc."""\nprint x\n', output: { compat: '"""Doc."""\n' + FUTURE + 'print(x)\n' } },
    // The future import: statements are SyntaxErrors on Python 2 too.
    { code: FUTURE + 'print "x"\n', count: 1, message: 'SyntaxError', output: { py3: null, compat: null } },
    { code: FUTURE + 'print "x"\n', unsafe: true, output: { py3: FUTURE + 'print("x")\n', compat: FUTURE + 'print("x")\n' } },
    { code: FUTURE + 'print (a, b)\nprint "x"\n', count: 1, unsafe: true, output: { py3: FUTURE + 'print (a, b)\nprint("x")\n' } },
    // A Python 3 file with a real print statement: the statement is flagged, the calls are not.
    { code: 'print(a, end="")\nprint(a, b)\nprint "x"\n', count: 1, output: { py3: 'print(a, end="")\nprint(a, b)\nprint("x")\n' } },
    // print (x) is left as it is, but the rest of the file is converted.
    { code: 'print (x)\nprint y\n', count: 1, output: { py3: 'print (x)\nprint(y)\n', compat: FUTURE + 'print (x)\nprint(y)\n' } },
    // Where tree-sitter gives up (ERROR nodes), a `print` at the start of a line is read from its tokens.
    { code: 'x = (1,\nprint "a"\n', count: 1, name: 'print after an unclosed bracket (ERROR node)' },
    { code: 'foo(a,\n    print)\nprint "x"\n', count: 1, name: 'a print name closing a call is not a statement', output: { py3: 'foo(a,\n    print)\nprint("x")\n' } },
    // Another rule's fix inside the arguments does not block the conversion (other rules are not selected here).
    { code: 'print 10L, x\n', output: { py3: 'print(10L, x)\n' } },
  ],
});

describe('rule print-statement: file-level policy', () => {
  it('warns (not errors) on print (a, b) when the file has other print statements', async () => {
    const rules = await rulesReady();
    const findings = findingsOf(rules, 'print-statement', 'print (a, b)\nprint x\n');
    assert.deepEqual(findings.map((f) => f.severity), ['warning', 'error']);
    assert.match(findings[0].message, /tuple/);
  });

  it('gives every finding of the file the same fix, converting all statements', async () => {
    const rules = await rulesReady();
    const findings = findingsOf(rules, 'print-statement', 'print a\nprint b, c\n');
    assert.equal(findings.length, 2);
    assert.deepEqual(findings[0].fixes, findings[1].fixes);
    assert.equal(findings[0].fixes.py3?.edits.length, 4);
    assert.match(findings[0].fixes.py3?.title ?? '', /all 2/);
  });

  it('leaves a line with an ignore comment out of the fix, and then offers no compat fix', async () => {
    const rules = await rulesReady();
    const code = 'print a  # py3migrate: ignore[print-statement]\nprint b\n';
    const findings = findingsOf(rules, 'print-statement', code);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes.py3?.edits.map((e) => e.newText), ['(', ')']);
    assert.equal(findings[0].fixes.compat, undefined);
  });

  it('flags the docs example and fixes it to the docs useInstead', async () => {
    const rules = await rulesReady();
    const rule = rules.get('print-statement')!;
    const findings = findingsOf(rules, 'print-statement', rule.docs.example);
    assert.equal(findings.length, 5);
    const fixed = fixText(rules, rule.docs.example, { target: 'py3', select: new Set(['print-statement']) });
    assert.ok(rule.docs.useInstead.startsWith(fixed.text));
  });
});
