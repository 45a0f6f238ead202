import { ruleTester } from '../ruleTester';

ruleTester('generator-throw-3-arg', {
  valid: ['g.throw(ValueError("x"))\n', 'g.throw(ValueError)\n', 'throw(a, b)\n', 'g.throw(*args)\n'],
  invalid: [
    { code: 'g.throw(ValueError, "x")\n', count: 1, severity: 'warning', output: { py3: null, compat: null } },
    { code: 'g.throw(ValueError, "x")\n', unsafe: true, output: { py3: 'g.throw(ValueError("x"))\n', compat: 'g.throw(ValueError("x"))\n' } },
    { code: 'g.throw(E, None)\n', unsafe: true, output: { py3: 'g.throw(E())\n' } },
    { code: 'g.throw(E, v, tb)\n', unsafe: true, message: 'with_traceback', output: { py3: null, compat: null } },
  ],
});
