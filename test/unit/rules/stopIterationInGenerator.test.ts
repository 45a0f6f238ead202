import { ruleTester } from '../ruleTester';

ruleTester('stop-iteration-in-generator', {
  valid: [
    'def f(it):\n    return next(it)\n',
    'def f(it):\n    yield next(it, None)\n',
    'def f(it):\n    try:\n        yield next(it)\n    except StopIteration:\n        return\n',
    'def f(it):\n    try:\n        yield next(it)\n    except Exception:\n        pass\n',
    'def f(it):\n    yield 1\n    def g():\n        return next(it)\n',
    'def f(its):\n    yield 1\n    x = [next(i) for i in its]\n',
    'def f(it):\n    yield 1\n    it.next(1)\n',
    'def f(it):\n    next = lambda x: 1\n    yield next(it)\n',
  ],
  invalid: [
    {
      code: 'def pairs(it):\n    while True:\n        a = next(it)  # first\n        yield a\n', count: 1, severity: 'warning',
      output: { py3: null, compat: null },
    },
    {
      code: 'def pairs(it):\n    while True:\n        a = next(it)  # first\n        yield a\n', unsafe: true,
      output: {
        py3: 'def pairs(it):\n    while True:\n        try:\n            a = next(it)\n        except StopIteration:\n            return  # first\n        yield a\n',
        compat: 'def pairs(it):\n    while True:\n        try:\n            a = next(it)\n        except StopIteration:\n            return  # first\n        yield a\n',
      },
    },
    { code: 'def f(it):\n    yield it.next()\n', unsafe: true, output: { compat: 'def f(it):\n    try:\n        yield it.next()\n    except StopIteration:\n        return\n' } },
    { code: 'def f(it):\n    while next(it):\n        yield 1\n', unsafe: true, name: 'in a loop condition: no fix', output: { py3: null } },
    { code: 'def f(it):\n    try:\n        yield next(it)\n    except ValueError:\n        pass\n', count: 1, name: 'handler does not catch StopIteration' },
  ],
});
