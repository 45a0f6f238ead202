import { ruleTester } from '../ruleTester';

ruleTester('nonzero-method', {
  valid: [
    'class C(object):\n    def __bool__(self):\n        return True\n    __nonzero__ = __bool__\n',
    'class C(object):\n    def __nonzero__(self):\n        return True\n    __bool__ = __nonzero__\n',
    'def __nonzero__(self):\n    return True\n',
    'x.__nonzero__()\n',
  ],
  invalid: [
    {
      code: 'class C(object):\n    def __nonzero__(self):\n        return False  # never\n    def f(self):\n        pass\n',
      count: 1, severity: 'warning',
      output: {
        compat: 'class C(object):\n    def __nonzero__(self):\n        return False  # never\n    __bool__ = __nonzero__\n    def f(self):\n        pass\n',
        py3: 'class C(object):\n    def __nonzero__(self):\n        return False  # never\n    __bool__ = __nonzero__\n    def f(self):\n        pass\n',
      },
    },
    {
      code: 'class C(object):\n    def __nonzero__(self):\n        return False\n', unsafe: true,
      output: { cleanup: 'class C(object):\n    def __bool__(self):\n        return False\n' },
    },
    {
      name: 'returns only bools: the alias is safe',
      code: 'class C(object):\n    def __nonzero__(self):\n        if self.x:\n            return not self.y\n        return self.n > 0 and isinstance(self.v, int)\n',
      output: { py3: 'class C(object):\n    def __nonzero__(self):\n        if self.x:\n            return not self.y\n        return self.n > 0 and isinstance(self.v, int)\n    __bool__ = __nonzero__\n' },
    },
    {
      name: 'may return an int (Python 3 __bool__ raises TypeError): no safe fix',
      code: 'class C(object):\n    def __nonzero__(self):\n        return self.on\n',
      output: { py3: null, compat: null },
    },
    {
      name: 'may return an int: the unsafe fix wraps it in bool()',
      code: 'class C(object):\n  def __nonzero__(me):\n    def inner():\n      return 1\n    return len(me.items)\n  def f(self):\n    pass\n', unsafe: true,
      output: { py3: 'class C(object):\n  def __nonzero__(me):\n    def inner():\n      return 1\n    return len(me.items)\n  def __bool__(me):\n    return bool(me.__nonzero__())\n  def f(self):\n    pass\n' },
    },
    {
      name: 'a rebound bool is not the builtin',
      code: 'bool = int\nclass C(object):\n    def __nonzero__(self):\n        return bool(self.n)\n',
      output: { py3: null },
    },
  ],
});

ruleTester('div-methods', {
  valid: [
    'class C(object):\n    def __div__(self, o):\n        return 1\n    __truediv__ = __div__\n',
    'class C(object):\n    def __truediv__(self, o):\n        return 1\n    __div__ = __truediv__\n',
  ],
  invalid: [
    {
      code: 'class C(object):\n    def __div__(self, o):\n        return 1\n    def __rdiv__(self, o):\n        return 2\n    def __idiv__(self, o):\n        return 3\n',
      count: 3,
      output: {
        py3: 'class C(object):\n    def __div__(self, o):\n        return 1\n    __truediv__ = __div__\n    def __rdiv__(self, o):\n        return 2\n    __rtruediv__ = __rdiv__\n    def __idiv__(self, o):\n        return 3\n    __itruediv__ = __idiv__\n',
        compat: 'class C(object):\n    def __div__(self, o):\n        return 1\n    __truediv__ = __div__\n    def __rdiv__(self, o):\n        return 2\n    __rtruediv__ = __rdiv__\n    def __idiv__(self, o):\n        return 3\n    __itruediv__ = __idiv__\n',
      },
    },
    {
      code: 'class C(object):\n    @decorate\n    def __div__(self, o): return 1\n',
      name: 'decorated one-line method',
      output: { py3: 'class C(object):\n    @decorate\n    def __div__(self, o): return 1\n    __truediv__ = __div__\n' },
    },
  ],
});

ruleTester('cmp-method', {
  valid: ['def __cmp__(a, b):\n    return 0\n'],
  invalid: [{ code: 'class C(object):\n    def __cmp__(self, other):\n        return 0\n', severity: 'warning', output: { py3: null, compat: null } }],
});

ruleTester('slice-methods', {
  valid: ['class C(object):\n    def __getitem__(self, i):\n        if isinstance(i, slice):\n            return 1\n    def __getslice__(self, i, j):\n        return 1\n'],
  invalid: [
    { code: 'class C(list):\n    def __getslice__(self, i, j):\n        return 1\n    def __setslice__(self, i, j, v):\n        pass\n    def __delslice__(self, i, j):\n        pass\n', count: 3 },
  ],
});

ruleTester('oct-hex-methods', {
  valid: ['class C(object):\n    def __index__(self):\n        return 1\n    def __hex__(self):\n        return "0x1"\n'],
  invalid: [{ code: 'class C(object):\n    def __oct__(self):\n        return "01"\n    def __hex__(self):\n        return "0x1"\n', count: 2 }],
});

ruleTester('coerce-method', {
  valid: ['coerce(1, 2.0)\n'],
  invalid: [{ code: 'class C:\n    def __coerce__(self, other):\n        return None\n', count: 1, severity: 'warning' }],
});
