import { ruleTester } from '../ruleTester';

ruleTester('math-floor-ceil-int', {
  valid: [
    'import math\nn = math.floor(x) + 1\n',
    'import math\nprint float(math.floor(x))\n',
    'import math\nprint math.trunc(x)\n',
    'math = object()\nprint math.floor(x)\n',
    'print floor(x)\n',
  ],
  invalid: [
    {
      code: 'import math\nprint math.floor(3.7), math.ceil(3.2)\n', count: 2, message: 'printed',
      output: { py3: null },
    },
    { code: 'import math\nprint(math.floor(3.7))\n', unsafe: true, output: { py3: 'import math\nprint(float(math.floor(3.7)))\n' } },
    { code: 'import math\nprint [math.floor(x / 2.0) for x in xs]\n', count: 1 },
    { code: 'from math import ceil\ns = "%d/%s" % (n, ceil(y))\n', count: 1, message: 'formatted' },
  ],
});

ruleTester('chr-non-ascii', {
  valid: ['c = chr(65)\n', 'c = chr(n)\n', 'def chr(n):\n    return n\nc = chr(200)\n', 'c = unichr(200)\n'],
  invalid: [
    { code: 'c = chr(200)\n', count: 1, message: 'U+00C8', output: { py3: null, compat: null } },
    { code: 'c = chr(0xff) + chr(0377)\n', count: 2 },
  ],
});
