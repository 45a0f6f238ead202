import { ruleTester } from '../ruleTester';

ruleTester('raising-string', {
  valid: ['raise ValueError("x")\n', 'raise\n', 'raise E, "x"\n'],
  invalid: [
    { code: 'raise "oops"\n', count: 1, severity: 'error', output: { py3: null, compat: null } },
    { code: 'raise "oops"\n', unsafe: true, output: { py3: 'raise Exception("oops")\n', compat: 'raise Exception("oops")\n' } },
    { code: 'raise ("a" "b")\n', unsafe: true, output: { py3: 'raise Exception(("a" "b"))\n' } },
    { code: 'raise "oops", 1\n', count: 1, output: { py3: null } },
  ],
});
