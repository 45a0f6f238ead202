import { ruleTester } from '../ruleTester';

const py = String.raw;
const both = (out: string) => ({ py3: out, compat: out });

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
      code: py`x = '\u00e9 \U0001F600 \N{DASH}'` + '\n',
      count: 1,
      output: both(py`x = '\\u00e9 \\U0001F600 \\N{DASH}'` + '\n'),
    },
    {
      name: 'an odd run of backslashes: only the last one starts the escape',
      code: py`x = "\\\u0041"` + '\n',
      output: both(py`x = "\\\\u0041"` + '\n'),
    },
    {
      name: 'docstring',
      code: 'def f():\n' + py`    """Returns \u2603 (a snowman)."""` + '\n',
      output: both('def f():\n' + py`    """Returns \\u2603 (a snowman)."""` + '\n'),
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
    },
  ],
});
