import { ruleTester } from '../ruleTester';

ruleTester('execfile-builtin', {
  valid: ['x.execfile("a")\n', 'from past.builtins import execfile\nexecfile("a")\n', 'if PY2:\n    execfile(p)\n', 'exec(compile(open(p, "rb").read(), p, "exec"))\n'],
  invalid: [
    { code: 'execfile("setup.py")\n', count: 1, output: { py3: null, compat: null } },
    {
      code: 'execfile(path, ns)\n', unsafe: true,
      output: { py3: 'exec(compile(open(path, "rb").read(), path, "exec"), ns)\n', compat: 'exec(compile(open(path, "rb").read(), path, "exec"), ns)\n' },
    },
    { code: 'execfile(self.path, g, l)\n', unsafe: true, output: { py3: 'exec(compile(open(self.path, "rb").read(), self.path, "exec"), g, l)\n' } },
    {
      name: 'compat: no unqualified exec inside a function',
      code: 'def f():\n    execfile("a.py")\n', unsafe: true,
      output: { py3: 'def f():\n    exec(compile(open("a.py", "rb").read(), "a.py", "exec"))\n', compat: null },
    },
    { name: 'a file name with side effects: not fixed', code: 'execfile(next(paths))\n', unsafe: true, output: { py3: null } },
  ],
});
