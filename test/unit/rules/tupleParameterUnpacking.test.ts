import { ruleTester } from '../ruleTester';

const both = (out: string) => ({ py3: out, compat: out });

ruleTester('tuple-parameter-unpacking', {
  valid: [
    'def f(a, b):\n    pass\n',
    'def f(a, b=(1, 2), *args, **kw):\n    pass\n',
    'f = lambda x, y: x + y\n',
    'for (a, b) in pairs:\n    pass\n',
    '(a, b) = c\n',
    'def f(a_b):\n    (a, b) = a_b\n',
  ],
  invalid: [
    {
      name: 'def with a tuple parameter',
      code: 'def f(a, (b, c)):\n    return a + b + c\n',
      count: 1,
      message: 'Tuple parameter',
      severity: 'error',
      output: both('def f(a, b_c):\n    (b, c) = b_c\n    return a + b + c\n'),
    },
    {
      name: 'unpacking goes after the docstring',
      code: 'def f((a, b)):\n    """Doc."""\n    return a\n',
      output: both('def f(a_b):\n    """Doc."""\n    (a, b) = a_b\n    return a\n'),
    },
    {
      name: 'docstring is the whole body',
      code: 'def f((a, b)):\n    """Doc."""\n\nx = 1\n',
      output: both('def f(a_b):\n    """Doc."""\n    (a, b) = a_b\n\nx = 1\n'),
    },
    {
      name: 'body on the def line',
      code: 'def f((a, b)): return a\n',
      output: both('def f(a_b): (a, b) = a_b; return a\n'),
    },
    {
      name: 'docstring and statement on the def line',
      code: 'def f((a, b)): "doc"; return a\n',
      output: both('def f(a_b): "doc"; (a, b) = a_b; return a\n'),
    },
    {
      name: 'only a docstring on the def line',
      code: 'def f((a, b)): "doc"\n',
      output: both('def f(a_b): "doc"; (a, b) = a_b\n'),
    },
    {
      name: 'nested tuple with a default, in a method with tab indentation',
      code: 'class C:\n\tdef m(self, x, ((a, b), c)=((1, 2), 3)):\n\t\t# comment\n\t\treturn a\n',
      output: both('class C:\n\tdef m(self, x, a_b_c=((1, 2), 3)):\n\t\t# comment\n\t\t((a, b), c) = a_b_c\n\t\treturn a\n'),
    },
    {
      name: 'two tuple parameters, one fix',
      code: 'def f((a, b), x, (c, d), *rest):\n    return a\n',
      count: 2,
      output: both('def f(a_b, x, c_d, *rest):\n    (a, b) = a_b\n    (c, d) = c_d\n    return a\n'),
    },
    {
      name: 'generated name avoids names the function uses',
      code: 'def f((a, b)):\n    a_b = 1\n    return a_b_1\n',
      output: both('def f(a_b_2):\n    (a, b) = a_b_2\n    a_b = 1\n    return a_b_1\n'),
    },
    {
      name: 'one-element tuple',
      code: 'def f((x,)):\n    return x\n',
      output: both('def f(x_1):\n    (x,) = x_1\n    return x\n'),
    },
    {
      name: 'pattern over several lines is normalised',
      code: 'def f(a, (b,\n         c)):\n    return b\n',
      output: both('def f(a, b_c):\n    (b, c) = b_c\n    return b\n'),
    },
    {
      name: 'parenthesised single name in a def',
      code: 'def f((x), ((y))):\n    return x\n',
      count: 2,
      message: 'Parenthesised parameter',
      output: both('def f(x, y):\n    return x\n'),
    },
    {
      name: 'parenthesised single name in a lambda, no space after lambda',
      code: 'g = lambda(x): x\n',
      output: both('g = lambda x: x\n'),
    },
    {
      name: 'lambda tuple: unsafe, not applied by default',
      code: 'g = lambda (x, y): x + y\n',
      output: { py3: null, compat: null },
    },
    {
      name: 'lambda tuple (unsafe): subscripts for names, not for attributes or keywords',
      code: 'g = lambda (x, y): x + y + o.x + f(x=y)\n',
      unsafe: true,
      output: both('g = lambda x_y: x_y[0] + x_y[1] + o.x + f(x=x_y[1])\n'),
    },
    {
      name: 'lambda nested tuple with a default (unsafe)',
      code: 'g = lambda ((a, b), c)=((1, 2), 3), d=0: a * c + b\n',
      unsafe: true,
      output: both('g = lambda a_b_c=((1, 2), 3), d=0: a_b_c[0][0] * a_b_c[1] + a_b_c[0][1]\n'),
    },
    {
      name: 'lambda whose body rebinds a name: flagged, not fixed',
      code: 'g = lambda (a, b): [a for a in b]\n',
      unsafe: true,
      output: { py3: null, compat: null },
    },
    {
      name: 'lambda whose body is the name',
      code: 'g = lambda (k, v): v\n',
      unsafe: true,
      output: both('g = lambda k_v: k_v[1]\n'),
    },
  ],
});
