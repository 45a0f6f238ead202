import { ruleTester } from '../ruleTester';

ruleTester('old-style-property-setter', {
  valid: [
    'class C(object):\n    x = property(_get, _set)\n',
    'class C:\n    x = property(_get)\n',
    'class C:\n    x = property(_get, None, _del)\n',
    '__metaclass__ = type\nclass C:\n    x = property(_get, _set)\n',
    'class C(Base):\n    @x.setter\n    def x(self, v):\n        pass\n',
    'x = property(_get, _set)\n',
    { name: 'a rebound property', code: 'from mylib import property\nclass C:\n    x = property(_get, _set)\n' },
  ],
  invalid: [
    {
      code: 'class Temperature:\n    def _set(self, v):\n        self._c = v\n    celsius = property(_get, _set)\n', count: 1, severity: 'warning', message: '`celsius`',
      output: { py3: null, compat: null },
    },
    {
      name: 'property(fget, fset=...) and @x.setter',
      code: 'class C():\n    a = property(g, fset=s)\n    @property\n    def b(self):\n        return 1\n    @b.setter\n    def b(self, v):\n        pass\n', count: 2,
      unsafe: true,
      output: { compat: 'class C(object):\n    a = property(g, fset=s)\n    @property\n    def b(self):\n        return 1\n    @b.setter\n    def b(self, v):\n        pass\n' },
    },
  ],
});
