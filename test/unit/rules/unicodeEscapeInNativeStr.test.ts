import { ruleTester } from '../ruleTester';

const py = String.raw;
const both = (out: string) => ({ py3: out, compat: out });
// Python 2 evidence (a print statement): well-formed escapes are reported in such a file. A file with
// neither Python 2 nor Python 3 evidence and no `u''` literal is read as Python 3 text (see below).
const P2 = 'print "py2"\n';

ruleTester('unicode-escape-in-native-str', {
  valid: [
    py`x = u"\u00e9"`,
    py`x = b"\u00e9"`,
    py`x = r"C:\Users"`,
    py`x = ur"\u00e9"`,
    py`x = "\\u00e9"`,
    py`x = "\\\\u"`,
    py`x = "\n\t\x41"`,
    'from __future__ import unicode_literals\n' + py`x = "\u00e9"`,
    py`# "C:\Users"` + '\nx = 1',
    py`x = u"\u00e9" + r"\N" + b"\U"`,
    // Python 3 code: a well-formed escape is what the author meant.
    { name: 'Python 3 file (f-string): \\u00e9', code: py`x = '\u00e9'` + '\n' + py`y = f"{x}"` },
    { name: 'Python 3 file (return annotation): \\U and \\N{}', code: py`def f() -> str:` + '\n' + py`    return '\U0001F600 \N{EM DASH}'` },
    { name: 'Python 3 file (print with end=)', code: py`print('\u2603', end='')` },
    // No dialect evidence and no u'' literal anywhere: Python 3 text (the generated codec tables of `encodings`).
    { name: 'no evidence, no u-prefixed literal', code: py`decoding_table = ('\x00' '\u20ac' '\ufffe')` },
  ],
  invalid: [
    {
      name: 'Windows path',
      code: py`p = "C:\Users\me"` + '\n',
      count: 1,
      message: '`\\U`',
      severity: 'error',
      output: both(py`p = "C:\\Users\me"` + '\n'),
    },
    {
      name: '\\u, \\U and \\N in one literal',
      code: P2 + py`x = '\u00e9 \U0001F600 \N{DASH}'` + '\n',
      count: 1,
      output: both(P2 + py`x = '\\u00e9 \\U0001F600 \\N{DASH}'` + '\n'),
    },
    {
      name: 'an odd run of backslashes: only the last one starts the escape',
      code: P2 + py`x = "\\\u0041"` + '\n',
      output: both(P2 + py`x = "\\\\u0041"` + '\n'),
    },
    {
      name: 'docstring',
      code: P2 + 'def f():\n' + py`    """Returns \u2603 (a snowman)."""` + '\n',
      output: both(P2 + 'def f():\n' + py`    """Returns \\u2603 (a snowman)."""` + '\n'),
    },
    {
      name: 'multi-line triple-quoted string',
      code: 'x = """\nfirst\n' + py`second \N` + '\n"""\n',
      output: both('x = """\nfirst\n' + py`second \\N` + '\n"""\n'),
    },
    {
      name: 'each literal of an implicit concatenation',
      code: py`x = ("\u" "\U")` + '\n',
      count: 2,
      output: both(py`x = ("\\u" "\\U")` + '\n'),
    },    {
      name: 'Python 3 file: an escape Python 3 rejects is still reported',
      code: py`p = "C:\Users"` + '\n' + py`q = f"{p}"` + '\n',
      count: 1,
      severity: 'error',
      message: 'Python 3 rejects the literal',
      output: both(py`p = "C:\\Users"` + '\n' + py`q = f"{p}"` + '\n'),
    },
    {
      name: 'Python 3 file: \\U beyond U+10FFFF and a short \\u are rejected by Python 3',
      code: py`def f(*, a): return ("\U00110000", "\u12")` + '\n',
      count: 2,
    },
    {
      name: 'no dialect evidence but a u-prefixed literal: the plain one is a byte string',
      code: py`a = u"\u00e9"` + '\n' + py`b = "\u00e9"` + '\n',
      count: 1,
      output: both(py`a = u"\u00e9"` + '\n' + py`b = "\\u00e9"` + '\n'),
    },
    {
      name: '2/3-compatible code (a print_function future import) runs on Python 2: the escape differs there',
      code: 'from __future__ import print_function\n' + py`print('\u00e9')` + '\n',
      count: 1,
      output: both('from __future__ import print_function\n' + py`print('\\u00e9')` + '\n'),
    },
    {
      name: 'Python 2 evidence wins over Python 3 evidence',
      code: py`print "\u00e9"` + '\n' + py`y = f"x"` + '\n',
      count: 1,
    },
  ],
});
