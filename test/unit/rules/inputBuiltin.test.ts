import { ruleTester } from '../ruleTester';

ruleTester('input-builtin', {
  valid: [
    'x.input("a")\n', 'f(input=1)\n', 'from six.moves import input\nn = input("? ")\n', 'from builtins import input\nn = input()\n',
    'def input(p): return p\ninput(1)\n', 'if six.PY3:\n    n = input()\n', 'n = eval(input("? "))\n', 'g = input\n',
  ],
  invalid: [
    { code: 'n = input("How many? ")\n', count: 1, severity: 'warning', message: 'evaluates', unsafe: true, output: { py3: null, compat: null } },
    { code: 'print input()\n', count: 1 },
  ],
});
