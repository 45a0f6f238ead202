import { ruleTester } from '../ruleTester';

ruleTester('classic-division', {
  valid: [
    'from __future__ import division\nx = len(a) / 2\n',
    'x = a // 2\n',
    'x = 1.5 / n\n',
    'x = float(a) / b\n',
    'x = n / 2.0\n',
    { name: 'an int divided by a literal zero raises ZeroDivisionError on both', code: 'try:\n    1/0\nexcept ZeroDivisionError:\n    pass\nx = len(a) / (0)\n' },
    '# a / b\ns = "a / b"\n',
    'x = 7 // 2\ny = 7 // -2\n',
    'if sys.version_info[0] == 2:\n    x = len(a) / 2\n',
  ],
  invalid: [
    { code: 'm = len(items) / 2\n', count: 1, severity: 'warning', output: { py3: 'm = len(items) // 2\n', compat: 'm = len(items) // 2\n' } },
    { code: 'x = -7 / 2\n', count: 1, output: { py3: 'x = -7 // 2\n' } },
    { name: 'zero divided by an int is still 0 on Python 2 and 0.0 on Python 3', code: 'x = 0 / 10\n', count: 1, output: { py3: 'x = 0 // 10\n' } },
    { code: 'n = 10\nn /= 3\n', count: 1, output: { py3: 'n = 10\nn //= 3\n' } },
    { code: 'for i in range(10):\n    print(i / 3)\n', output: { py3: 'for i in range(10):\n    print(i // 3)\n' } },
    { code: 'for i, c in enumerate(s):\n    print(i / 3)\n', output: { py3: 'for i, c in enumerate(s):\n    print(i // 3)\n' } },
    { code: 'i = 0\nwhile i < 9:\n    i += 1\n    print(i / 2)\n', output: { py3: 'i = 0\nwhile i < 9:\n    i += 1\n    print(i // 2)\n' } },
    { code: 'x = (int(a) + 1) / (ord(c) - 3)\n', output: { py3: 'x = (int(a) + 1) // (ord(c) - 3)\n' } },
    { code: 'def f(a, b):\n    return a / b\n', count: 1, severity: 'information', message: 'cannot be determined', output: { py3: null, compat: null } },
    { code: 'x = a / b\ny = c / d\nz = len(q) / 2\n', count: 2, name: 'one information finding for the unknown divisions, one warning for the int one' },
    { code: 'i = 0\ni = i + 0.5\nprint(i / 2)\n', severity: 'information', output: { py3: null } },
    { code: 'def f(n):\n    n = 3\n    return n / 2\n', severity: 'information', name: 'a parameter is unknown even when also assigned an int' },
    { code: 'x = 2 ** -1 / 2\n', severity: 'information', output: { py3: null } },
    { code: 'x = a / b\ny = c / d\n', count: 1, message: '2 such divisions in this file, on lines 1, 2' },
  ],
});
