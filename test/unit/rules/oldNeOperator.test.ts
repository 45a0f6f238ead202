import { ruleTester } from '../ruleTester';

ruleTester('old-ne-operator', {
  valid: ['a != b', 'x = "<>"', '# a <> b', 'a < b > c'],
  invalid: [
    { code: 'if a <> b: pass\n', count: 1, output: { py3: 'if a != b: pass\n', compat: 'if a != b: pass\n' } },
    { code: 'x = (1 <> 2) and (a<>b)\n', count: 2, output: { py3: 'x = (1 != 2) and (a!=b)\n' } },
  ],
});
