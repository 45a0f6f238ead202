import { ruleTester } from '../ruleTester';

const wrap = (clause: string, body = '    pass\n'): string => `try:\n    f()\n${clause}\n${body}`;

ruleTester('except-unpacking', {
  valid: [
    wrap('except E as e:'),
    wrap('except (A, B):'),
    { code: wrap('except E, e:'), name: 'a plain name is except-comma' },
    { code: wrap('except E, (e):'), name: 'a parenthesised name is except-comma' },
  ],
  invalid: [
    {
      code: wrap('except IOError, (errno, strerror):', '    print strerror\n'), count: 1, message: 'unpacks',
      output: {
        py3: wrap('except IOError as _e:', '    (errno, strerror) = _e.args\n    print strerror\n'),
        compat: wrap('except IOError as _e:', '    (errno, strerror) = _e.args\n    print strerror\n'),
      },
    },
    {
      code: wrap('except (IOError, OSError), [a, b]:'), name: 'list target, tuple of builtins',
      output: { py3: wrap('except (IOError, OSError) as _e:', '    [a, b] = _e.args\n    pass\n') },
    },
    {
      code: wrap('except MyError, (a, b):'), name: 'user class may override __getitem__: unsafe',
      output: { py3: null },
    },
    {
      code: wrap('except socket.error, (code, msg):'), unsafe: true, name: 'unsafe fix for a non-builtin class',
      output: { py3: wrap('except socket.error as _e:', '    (code, msg) = _e.args\n    pass\n') },
    },
    {
      code: 'class ValueError(Exception):\n    pass\n' + wrap('except ValueError, (a, b):'), name: 'a builtin name the file rebinds: unsafe',
      output: { py3: null },
    },
    {
      code: wrap('except E, self.err:'), message: 'stores the exception',
      output: { py3: wrap('except E as _e:', '    self.err = _e\n    pass\n'), compat: wrap('except E as _e:', '    self.err = _e\n    pass\n') },
    },
    {
      code: wrap('except E, errors[0]: log(errors)', ''), name: 'subscript target, body on the except line',
      output: { py3: wrap('except E as _e: errors[0] = _e; log(errors)', '') },
    },
    {
      code: wrap('except ValueError, (a, (b, c)):  # note\n    # why\n    x = 1'), name: 'nested tuple, comments before the body',
      output: { py3: wrap('except ValueError as _e:  # note\n    # why\n    (a, (b, c)) = _e.args\n    x = 1') },
    },
    {
      code: '_e = 1\ndef f():\n\ttry:\n\t\tg()\n\texcept KeyError, (k,):\n\t\treturn k\n', name: 'temp name avoids names in the file; tab indentation',
      output: { py3: '_e = 1\ndef f():\n\ttry:\n\t\tg()\n\texcept KeyError as _e2:\n\t\t(k,) = _e2.args\n\t\treturn k\n' },
    },
    {
      code: 'try:\r\n    f()\r\nexcept E, x.y:\r\n    pass\r\n', name: 'CRLF',
      output: { py3: 'try:\r\n    f()\r\nexcept E as _e:\r\n    x.y = _e\r\n    pass\r\n' },
    },
    {
      code: wrap('except KeyError, (a, b):', '    try:\n        g()\n    except IndexError, (c, d):\n        pass\n'), count: 2, name: 'nested handlers',
      output: { py3: wrap('except KeyError as _e:', '    (a, b) = _e.args\n    try:\n        g()\n    except IndexError as _e:\n        (c, d) = _e.args\n        pass\n') },
    },
  ],
});
