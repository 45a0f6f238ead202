import { ruleTester } from '../ruleTester';

const py = String.raw;
const both = (out: string) => ({ py3: out, compat: out });

ruleTester('non-ascii-bytes-literal', {
  valid: ['x = b"abc"', 'x = "café"', 'x = u"café"', py`x = b"\xc3\xa9"`, '# café\nx = b"a"', 'x = "b\'é\'"', '# b"é"\nx = 1', 'x = u"é" + b"e"'],
  invalid: [
    {
      name: 'UTF-8 by default',
      code: 'x = b"café"\n',
      count: 1,
      message: 'non-ASCII',
      severity: 'error',
      output: both(py`x = b"caf\xc3\xa9"` + '\n'),
    },
    {
      name: 'a latin-1 coding cookie decides the bytes',
      code: '# -*- coding: latin-1 -*-\nx = B\'café\'\n',
      output: both('# -*- coding: latin-1 -*-\n' + py`x = B'caf\xe9'` + '\n'),
    },
    {
      name: 'cookie on line 2',
      code: '#!/usr/bin/env python\n# vim: set fileencoding=cp1251 :\nx = b"ж"\n',
      output: both('#!/usr/bin/env python\n# vim: set fileencoding=cp1251 :\n' + py`x = b"\xe6"` + '\n'),
    },
    {
      name: 'astral character',
      code: 'x = b"😀"\n',
      output: both(py`x = b"\xf0\x9f\x98\x80"` + '\n'),
    },
    {
      name: 'a backslash before the character stays a backslash',
      code: 'x = b"\\é\\n"\n',
      output: both(py`x = b"\\\xc3\xa9\n"` + '\n'),
    },
    {
      name: 'raw bytes become non-raw with backslashes doubled',
      code: py`x = br"\d+é"` + '\n',
      output: both(py`x = b"\\d+\xc3\xa9"` + '\n'),
    },
    {
      name: 'triple-quoted, several lines',
      code: 'x = b"""é\nà"""\n',
      output: both(py`x = b"""\xc3\xa9` + '\n' + py`\xc3\xa0"""` + '\n'),
    },
    {
      name: 'a multi-byte encoding py3migrate cannot write: flagged, not fixed',
      code: '# coding: shift_jis\nx = b"日本"\n',
      output: { py3: null, compat: null },
    },
  ],
});
