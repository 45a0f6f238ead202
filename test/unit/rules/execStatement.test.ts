import { ruleTester } from '../ruleTester';

ruleTester('exec-statement', {
  valid: [
    'exec("x = 1")\n',
    'exec(code, ns)\n',
    'exec (code, g, l)\n',
    { code: 'exec ("x")\n', name: 'one parenthesised value: the same on 2 and 3' },
    'exec = 3\n',
    'exec\n',
    'self.exec(x)\nx.exec\n',
    'def exec(self): pass\n',
    'f(exec=1)\n',
    'x = "exec code in ns"\n# exec code in ns\n',
    's = """\nexec code in ns\n"""\n',
    'executor = 1\nexecute(x)\n',
    'result = exec\n',
  ],
  invalid: [
    { code: 'exec code\n', count: 1, message: 'Python 2-only', severity: 'error', output: { py3: 'exec(code)\n', compat: 'exec(code)\n' } },
    { code: 'exec "x = 1" in ns\n', count: 1, output: { py3: 'exec("x = 1", ns)\n', compat: 'exec("x = 1", ns)\n' } },
    { code: 'exec code in g, l\n', count: 1, output: { py3: 'exec(code, g, l)\n', compat: 'exec(code, g, l)\n' } },
    { code: 'exec "x=1" in globals(), locals()\n', output: { py3: 'exec("x=1", globals(), locals())\n' } },
    { code: 'exec u"x" in ns\n', output: { py3: 'exec(u"x", ns)\n' } },
    // Forms tree-sitter cannot parse (ERROR / MISSING nodes): handled from the tokens.
    { code: 'exec self.code in ns\n', count: 1, output: { py3: 'exec(self.code, ns)\n', compat: 'exec(self.code, ns)\n' } },
    { code: 'exec compile(src, fn, "exec") in ns\n', count: 1, output: { py3: 'exec(compile(src, fn, "exec"), ns)\n' } },
    { code: 'exec "a" + b in ns\n', count: 1, output: { py3: 'exec("a" + b, ns)\n' } },
    { code: 'exec f(x)\n', count: 1, output: { py3: 'exec(f(x))\n' } },
    { code: 'exec code[1:] in {"a": 1}, {}\n', output: { py3: 'exec(code[1:], {"a": 1}, {})\n' } },
    { code: 'def f(ns):\n    exec self.code in ns\n    return 1\n', count: 1, output: { py3: 'def f(ns):\n    exec(self.code, ns)\n    return 1\n' } },
    { code: 'def f(ns):\n    exec compile(s, "<s>", "exec") in ns\n    return ns\n', count: 1, output: { py3: 'def f(ns):\n    exec(compile(s, "<s>", "exec"), ns)\n    return ns\n' } },
    // A parenthesised code followed by `in` is the statement, not a call.
    { code: 'exec(code) in ns\n', count: 1, output: { py3: 'exec((code), ns)\n' } },
    // Layout: one-line compound statements, `;`, comments, continuations, triple-quoted code.
    { code: 'if x: exec code in ns\n', output: { py3: 'if x: exec(code, ns)\n' } },
    { code: 'exec a in ns; exec b\n', count: 2, output: { py3: 'exec(a, ns); exec(b)\n' } },
    { code: 'exec code in ns  # run it\n', output: { py3: 'exec(code, ns)  # run it\n' } },
    { code: 'exec "a" \\\n   "b" in {}\n', output: { py3: 'exec("a" \\\n   "b", {})\n' } },
    { code: 'exec """x = 1\ny = 2""" in ns\n', output: { py3: 'exec("""x = 1\ny = 2""", ns)\n' } },
    { code: 'class C:\n    exec "z = 1"\n', output: { py3: 'class C:\n    exec("z = 1")\n' } },
    // Without a namespace inside a function Python 2 runs the code in the function's locals: unsafe.
    { code: 'def f():\n    exec "y = 2"\n    return y\n', count: 1, message: 'local variables', output: { py3: null, compat: null } },
    { code: 'def f():\n    exec "y = 2"\n    return y\n', unsafe: true, output: { py3: 'def f():\n    exec("y = 2")\n    return y\n' } },
  ],
});
