import { ruleTester } from '../ruleTester';

ruleTester('round-builtin', {
  valid: [
    'x = round(value, 2)\n',
    'x = round(value)\n',
    'n = int(round(f * 100))\n',
    'x = round(2.4)\n',
    'x = round(0.125, 3)\n',
    'def round(x):\n    return x\nprint round(2.5)\n',
    'print "%d" % round(x)\n',
    'y = round(a / 3)\n',
    'n = int(round(-0.75 * size))\n',
  ],
  invalid: [
    { code: 'x = round(2.5)\n', count: 1, message: 'half-way', output: { py3: null, compat: null } },
    { code: 'x = round(0.125, 2)\n', count: 1, message: '`0.125`' },
    { code: 'x = round(-(6.5))\n', count: 1, message: '`6.5`' },
    { code: 'half = round(total / 2)\n', message: 'divided by 2' },
    { code: 'print round(x)\n', message: 'printed' },
    { code: 'print("%s items" % round(count))\n', message: '`%s`' },
    { code: 's = str(round(x))\n', message: '`str()`' },
    { code: 'print("{} {}".format(round(x), y))\n', message: 'str.format' },
  ],
});
