import { ruleTester } from '../ruleTester';

ruleTester('metaclass-attribute', {
  valid: [
    'class C(Base, metaclass=M):\n    pass\n',
    'class C(six.with_metaclass(M, Base)):\n    pass\n',
    'x.__metaclass__ = M\n',
    { code: 'if six.PY2:\n    class C(object):\n        __metaclass__ = M\n', name: 'version-guarded code' },
    { code: 'def f():\n    __metaclass__ = M\n', name: 'a function local is not a class attribute' },
  ],
  invalid: [
    {
      code: 'class M(type):\n    pass\nclass C(Base):\n    __metaclass__ = M\n    x = 1\n',
      count: 1, severity: 'warning', message: 'metaclass=M',
      output: {
        py3: 'class M(type):\n    pass\nclass C(Base, metaclass=M):\n    x = 1\n',
        compat: 'import six\n\n\nclass M(type):\n    pass\nclass C(six.with_metaclass(M, Base)):\n    x = 1\n',
      },
    },
    {
      code: 'from meta import M\nclass C(Base):\n    __metaclass__ = M\n',
      name: 'imported metaclass may be a function: compat unsafe',
      output: { py3: 'from meta import M\nclass C(Base, metaclass=M):\n    pass\n', compat: null },
    },
    {
      code: 'def tagging(name, bases, ns):\n    return type(name, bases, ns)\nclass C(object):\n    __metaclass__ = tagging\n', unsafe: true,
      name: 'metaclass function',
      output: { compat: 'import six\n\n\ndef tagging(name, bases, ns):\n    return type(name, bases, ns)\nclass C(six.with_metaclass(tagging, object)):\n    pass\n' },
    },
    {
      code: 'class C:\n    __metaclass__ = abc.ABCMeta\n',
      name: 'no bases, body left empty',
      output: { py3: 'class C(metaclass=abc.ABCMeta):\n    pass\n', compat: 'import six\n\n\nclass C(six.with_metaclass(abc.ABCMeta)):\n    pass\n' },
    },
    {
      code: 'class C(A, B,):\n    """Doc."""\n    __metaclass__ = M  # registry\n', unsafe: true,
      name: 'trailing comma and comment',
      output: { py3: 'class C(A, B, metaclass=M,):\n    """Doc."""\n', compat: 'import six\n\n\nclass C(six.with_metaclass(M, A, B,)):\n    """Doc."""\n' },
    },
    {
      code: 'class C(object):\n    class Meta(type):\n        pass\n    __metaclass__ = Meta\n',
      name: 'metaclass defined in the body cannot move to the class line', output: { py3: null, compat: null },
    },
    { code: 'class C(object):\n    __metaclass__ = make_meta()\n', name: 'a call is not moved', output: { py3: null, compat: null } },
    { code: 'class C(object):\n    __metaclass__ = M\nprint(C.__metaclass__)\n', name: 'attribute read: unsafe', output: { py3: null } },
    {
      code: 'class C(object):\n    __metaclass__ = M\nprint(C.__metaclass__)\n', unsafe: true,
      output: { py3: 'class C(object, metaclass=M):\n    pass\nprint(C.__metaclass__)\n' },
    },
    { code: '__metaclass__ = type\nclass C:\n    pass\n', severity: 'information', output: { py3: 'class C:\n    pass\n', compat: null } },
    { code: '__metaclass__ = Meta\n', severity: 'warning', message: 'ignored by Python 3', output: { py3: null, compat: null } },
  ],
});

ruleTester('old-style-class', {
  valid: [
    'class C(object):\n    pass\n',
    'class C(Base):\n    pass\n',
    '__metaclass__ = type\nclass C:\n    pass\n',
    'class C:\n    __metaclass__ = M\n',
    { code: 'try:\n    from x import C\nexcept ImportError:\n    class C:\n        pass\n', name: 'shim' },
  ],
  invalid: [
    { code: 'class C:\n    pass\n', severity: 'information', message: 'old-style', output: { py3: null, compat: null } },
    { code: 'class C:\n    pass\n', unsafe: true, output: { py3: null, compat: 'class C(object):\n    pass\n' } },
    { code: 'class C():\n    pass\n', unsafe: true, output: { compat: 'class C(object):\n    pass\n' } },
  ],
});
