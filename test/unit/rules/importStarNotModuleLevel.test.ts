import { ruleTester } from '../ruleTester';

ruleTester('import-star-not-module-level', {
  valid: [
    'from os.path import *\n',
    'if True:\n    from os.path import *\n',
    'try:\n    from json import *\nexcept ImportError:\n    pass\n',
    'def f():\n    from os.path import join\n',
  ],
  invalid: [
    {
      code: 'def f():\n    from math import *\n    return pi\n',
      count: 1,
      message: 'inside a function',
      severity: 'error',
      output: { py3: null, compat: null },
    },
    {
      code: 'class C:\n    from math import *\n',
      count: 1,
      message: 'inside a class body',
      output: { py3: null, compat: null },
    },
    {
      name: 'nested in a block of a method',
      code: 'class C:\n    def m(self):\n        if x:\n            from math import *\n',
      count: 1,
      message: 'inside a function',
    },
  ],
});
