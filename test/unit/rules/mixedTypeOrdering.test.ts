import { ruleTester } from '../ruleTester';

ruleTester('mixed-type-ordering', {
  valid: [
    'if x is None: pass\n',
    'if x == None or y != None: pass\n',
    'def f() -> None: pass\n',
    'x = a << b\n',
    'print >>f, None\n',
    'm = max(a, b)\n',
    'm = max(None)\n',
    's = "x > None"\n',
    'if sys.version_info[0] == 2:\n    ok = x > None\n',
  ],
  invalid: [
    { code: 'if timeout > None:\n    pass\n', count: 1, message: '`>` with `None`', output: { py3: null, compat: null } },
    { code: 'ok = None<=x\n', count: 1, message: '`<=`' },
    { code: 'ok = a < b < None\n', count: 1 },
    { code: 'best = max(None, score)\n', count: 1, message: '`max()`' },
    { code: 'low = min(a, None, b)\n', count: 1 },
  ],
});
