import { ruleTester } from '../ruleTester';

ruleTester('apply-builtin', {
  valid: [
    'x.apply(f, a)\n', 'df.apply(func=f)\n', 'f(apply=1)\n', 'from m import apply\napply(f, a)\n', 'def apply(f, a): pass\n',
    'if six.PY2:\n    apply(f, a)\n', 'try:\n    apply(f, a)\nexcept NameError:\n    pass\n', 'f(*a, **k)\n',
  ],
  invalid: [
    { code: 'r = apply(f, args)\n', count: 1, severity: 'error', output: { py3: 'r = f(*args)\n', compat: 'r = f(*args)\n' } },
    { code: 'r = apply(f, args, kw)\n', output: { py3: 'r = f(*args, **kw)\n', compat: 'r = f(*args, **kw)\n' } },
    { code: 'apply(f)\n', output: { py3: 'f()\n' } },
    { code: 'apply(obj.method, (1, 2))\n', output: { py3: 'obj.method(*(1, 2))\n' } },
    { name: 'parenthesises a non-atomic callee and arguments', code: 'apply(a or b, x + y, k or {})\n', output: { py3: '(a or b)(*(x + y), **(k or {}))\n' } },
    { code: 'apply(lambda *a: a, [1])\n', output: { py3: '(lambda *a: a)(*[1])\n' } },
    { name: 'keyword arguments to apply: flagged, not fixed', code: 'apply(f, args=a)\n', count: 1, unsafe: true, output: { py3: null, compat: null } },
    { name: 'a reference: flagged, not fixed', code: 'g = apply\n', count: 1, unsafe: true, output: { py3: null, compat: null } },
  ],
});
