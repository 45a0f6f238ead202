import { ruleTester } from '../ruleTester';

const handler = (body: string, clause = 'except EnvironmentError as e:'): string => `try:\n    f()\n${clause}\n    ${body}\n`;

ruleTester('indexing-exception', {
  valid: [
    handler('print(e.args[0])'),
    handler('x = d[0]'),
    { code: handler('e = {}; e[0]'), name: 'rebound in the handler' },
    { code: handler('f(lambda e: e[0])'), name: 'a lambda parameter is another name' },
    { code: 'class MyError(Exception):\n    def __getitem__(self, i):\n        return i\n' + handler('print(e[0])', 'except MyError as e:'), name: 'class defines __getitem__' },
  ],
  invalid: [
    { code: handler('print(e[0], e[1:])'), count: 2, severity: 'error', output: { py3: handler('print(e.args[0], e.args[1:])'), compat: handler('print(e.args[0], e.args[1:])') } },
    { code: handler('code = err[0]', 'except (IOError, OSError), err:'), output: { py3: handler('code = err.args[0]', 'except (IOError, OSError), err:') } },
  ],
});

ruleTester('exception-message-attribute', {
  valid: [
    handler('print(str(e))'),
    handler('e.message = "x"'),
    handler('print(x.message)'),
    { code: 'class MyError(Exception):\n    def __init__(self, message):\n        self.message = message\n' + handler('print(e.message)', 'except MyError as e:'), name: 'class sets message' },
  ],
  invalid: [
    { code: handler('log(e.message)'), count: 1, severity: 'error', output: { py3: null, compat: null } },
    { code: handler('log(e.message)'), unsafe: true, output: { py3: handler('log(str(e))'), compat: handler('log(str(e))') } },
  ],
});

ruleTester('exception-escape', {
  valid: [
    'def f():\n    try:\n        g()\n    except E as e:\n        err = e\n    return err\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    e = 1\n    return e\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    return x.e\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    h(e=1)\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    return [e for e in xs]\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    def h(e):\n        return e\n',
    'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    try:\n        g()\n    except F as e:\n        print(e)\n',
    { code: 'for x in xs:\n    try:\n        r = g(x)\n    except E as r:\n        continue\n    print(r)\n', name: 'the handler always leaves' },
  ],
  invalid: [
    { code: 'def f():\n    try:\n        g()\n    except E as e:\n        pass\n    return e\n', count: 1, severity: 'warning', message: 'deleted', output: { py3: null, compat: null } },
    { code: 'try:\n    g()\nexcept E, e:\n    pass\nprint e\nprint e\n', count: 1, name: 'module level, comma form, first use only' },
  ],
});
