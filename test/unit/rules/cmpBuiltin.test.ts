import { ruleTester } from '../ruleTester';

ruleTester('cmp-builtin', {
  valid: [
    'x.cmp(a, b)\n', 'sorted(x, cmp=f)\n', 'from past.builtins import cmp\ncmp(a, b)\n', 'def f(a, b, cmp=None): pass\n',
    'if sys.version_info < (3,):\n    c = cmp(a, b)\n', '(a > b) - (a < b)\n',
  ],
  invalid: [
    { code: 'c = cmp(a, b)\n', count: 1, output: { py3: null, compat: null } },
    { code: 'c = cmp(a, b)\n', unsafe: true, output: { py3: 'c = (a > b) - (a < b)\n', compat: 'c = (a > b) - (a < b)\n' } },
    { name: 'parenthesises the result inside an operator', code: 'c = cmp(x.a, y[0]) * 2\n', unsafe: true, output: { py3: 'c = ((x.a > y[0]) - (x.a < y[0])) * 2\n' } },
    { code: 'return_value = f(cmp(-a, 1))\n', unsafe: true, output: { py3: 'return_value = f(((-a) > 1) - ((-a) < 1))\n' } },
    { name: 'operands with side effects: not fixed', code: 'c = cmp(f(), g())\n', unsafe: true, output: { py3: null, compat: null } },
    { name: 'a reference: flagged, not fixed', code: 'xs.sort(cmp)\n', count: 1, unsafe: true, output: { py3: null } },
  ],
});
