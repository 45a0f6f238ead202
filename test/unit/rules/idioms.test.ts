import { ruleTester } from '../ruleTester';

ruleTester('idioms', {
  valid: [
    'if isinstance(x, dict):\n    pass\n',
    'while True:\n    pass\n',
    'while 0:\n    pass\n',
    'if type(a) == type(b):\n    pass\n',
    'def type(x):\n    return 1\nif type(x) == dict:\n    pass\n',
    'names = list(seen)\nprint(names)\nnames.sort()\n',
    'names = list(seen)\nnames.sort(reverse=True)\n',
    'names = list(a, b)\nnames.sort()\n',
    'names = tuple(seen)\nnames.sort()\n',
  ],
  invalid: [
    { code: 'while 1:\n    poll()\n', count: 1, severity: 'information', output: { py3: 'while True:\n    poll()\n', compat: 'while True:\n    poll()\n' } },
    { code: 'names = list(seen)\nnames.sort()\nuse(names)\n', output: { py3: 'names = sorted(seen)\nuse(names)\n', compat: 'names = sorted(seen)\nuse(names)\n' } },
    { name: 'isinstance is unsafe (subclasses)', code: 'if type(x) == dict:\n    pass\n', output: { py3: null } },
    { code: 'if type(x) == dict:\n    pass\n', unsafe: true, output: { py3: 'if isinstance(x, dict):\n    pass\n' } },
    { code: 'ok = type(x) is not str\n', unsafe: true, output: { py3: 'ok = not isinstance(x, str)\n' } },
    { name: 'negation under `not`: reported, no fix', code: 'ok = not type(x) != str\n', unsafe: true, count: 1, output: { py3: null } },
  ],
});
