import { ruleTester } from '../ruleTester';

ruleTester('isinstance-duplicate-type', {
  valid: ['isinstance(x, (int, float))\n', 'isinstance(x, int)\n', 'isinstance(x, (f(), f()))\n', 'def isinstance(a, b):\n    pass\nisinstance(x, (int, int))\n'],
  invalid: [
    { code: 'isinstance(x, (str, str))\n', count: 1, output: { py3: 'isinstance(x, str)\n', compat: 'isinstance(x, str)\n' } },
    { code: 'issubclass(C, (int, float, int, six.text_type, six.text_type))\n', message: '`int`, `six.text_type`', output: { py3: 'issubclass(C, (int, float, six.text_type))\n' } },
  ],
});
