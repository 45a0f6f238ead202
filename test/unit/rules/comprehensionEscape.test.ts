import { ruleTester } from '../ruleTester';

ruleTester('comprehension-escape', {
  valid: [
    'ys = [x for x in xs]\n',
    'ys = [x for x in xs]\nx = 3\nprint(x)\n',
    'ys = [x for x in xs]\nzs = [x * 2 for x in ys]\n',
    'ys = [x for x in xs]\nfor x in ys:\n    print(x)\n',
    'ys = [x for x in xs]\ndef f(x):\n    return x\n',
    'ys = [x for x in xs]\nobj.x = 1\nf(x=2)\n',
    'ys = (x for x in xs)\nprint(x)\n',
    'def f():\n    ys = [x for x in xs]\nprint(x)\n',
    'values = [values for values in d]\nprint(len(values))\n',
    'ys = [help for help in hs]\nhelp = "help: %s" % u\nprint(help)\n',
    { code: 'ys = [x for x in xs]\nfor x in ys[1:]:  # rest:\n    print(x)\nfor x in {1: 2}:\n    print(x)\n', name: '`for` statements whose headers hold colons' },
  ],
  invalid: [
    { code: 'names = [n.strip() for n in lines]\nprint "last:", n\n', count: 1, message: 'line 1', output: { py3: null, compat: null } },
    { code: 'def f(xs):\n    ys = [(a, b) for a, b in xs]\n    return a\n', count: 1 },
    { code: 'ys = [x for x in xs]\nx = x + 1\n', count: 1 },
    { code: 'ys = [x for x in xs]\nx += 1\n', count: 1 },
    { code: 'ys = [x for y in yss for x in y]\nprint(x, y)\n', count: 2 },
    // A clause first on its line and ending with a colon is not a `for` statement's header.
    { code: 'ys = [x\n      for x in xs[1:\n      ]]\nprint(x)\n', count: 1, name: 'clause line ending in an open slice' },
    { code: 'ys = [x\n      for x in xs  # all of them:\n      ]\nprint(x)\n', count: 1, name: 'clause line whose comment ends with a colon' },
    { code: 'ys = [x\n      for x in xs if lambda:\n      1]\nprint(x)\n', count: 1, name: "clause line ending with a lambda's colon" },
    { code: 'ys = [x\n      for x in xs][1:\n      ]\nprint(x)\n', count: 1, name: 'clause line closing the comprehension, then opening a slice' },
  ],
});
