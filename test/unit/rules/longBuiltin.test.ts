import { ruleTester } from '../ruleTester';

ruleTester('int-long-isinstance-tuple', {
  valid: ['isinstance(x, (int, float))\n', 'isinstance(x, six.integer_types)\n', 'long = int\nisinstance(x, (int, long))\n', 'if PY2:\n    isinstance(x, (int, long))\n', 't = (int, long)\n'],
  invalid: [
    {
      code: 'ok = isinstance(x, (int, long))\n', count: 1,
      output: { py3: 'ok = isinstance(x, int)\n', compat: 'import six\nok = isinstance(x, six.integer_types)\n' },
    },
    {
      code: 'ok = issubclass(c, (long, int, float))\n', count: 1,
      output: { py3: 'ok = issubclass(c, (int, float))\n', compat: 'import six\nok = issubclass(c, (six.integer_types, float))\n' },
    },
  ],
});

ruleTester('long-builtin', {
  valid: [
    'x.long\n', 'f(long=1)\n', 'from past.builtins import long\nlong(3)\n', 'def f(long): pass\n', 'if six.PY2:\n    y = long(3)\n',
    'try:\n    long\nexcept NameError:\n    long = int\n', 'isinstance(x, (int, long))\n',
  ],
  invalid: [
    { code: 'n = long(s)\n', count: 1, output: { py3: null, compat: null } },
    { code: 'n = long(s)\n', unsafe: true, output: { py3: 'n = int(s)\n', compat: 'n = int(s)\n' } },
    { code: 'ok = isinstance(n, long)\n', unsafe: true, output: { py3: 'ok = isinstance(n, int)\n', compat: 'import six\nok = isinstance(n, six.integer_types)\n' } },
    { code: 'ok = isinstance(n, (long, float))\n', unsafe: true, output: { py3: 'ok = isinstance(n, (int, float))\n', compat: 'import six\nok = isinstance(n, (six.integer_types, float))\n' } },
    { name: 'other uses: py3 only', code: 'ok = type(n) is long\n', unsafe: true, output: { py3: 'ok = type(n) is int\n', compat: null } },
  ],
});
