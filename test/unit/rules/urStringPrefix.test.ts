import { ruleTester } from '../ruleTester';

// Python source with backslashes, written as it appears in a .py file.
const py = String.raw;

ruleTester('ur-string-prefix', {
  valid: [py`x = u"\u2603"`, py`x = r"\d"`, py`x = "ur"`, py`x = b"\d"`, py`x = br"\d"`, 'ur = 1\nx = ur\n', py`x = "ur'"`, py`# ur"\u2603"`],
  invalid: [
    {
      name: 'no \\u escape: py3 keeps a raw string',
      code: py`x = ur"\d+"` + '\n',
      count: 1,
      message: '`ur` string prefix',
      severity: 'error',
      output: { py3: py`x = r"\d+"` + '\n', compat: py`x = u"\\d+"` + '\n' },
    },
    {
      name: 'a \\u escape keeps its meaning, the other backslashes are doubled',
      code: py`x = ur"\d\u2603"` + '\n',
      output: { py3: py`x = u"\\d\u2603"` + '\n', compat: py`x = u"\\d\u2603"` + '\n' },
    },
    {
      name: '\\U escape, upper-case prefix',
      code: py`x = UR'\U00002603\w'` + '\n',
      output: { py3: py`x = u'\U00002603\\w'` + '\n', compat: py`x = u'\U00002603\\w'` + '\n' },
    },
    {
      name: 'an even run of backslashes before u is no escape',
      code: py`x = ur"\\u0041"` + '\n',
      output: { py3: py`x = r"\\u0041"` + '\n', compat: py`x = u"\\\\u0041"` + '\n' },
    },
    {
      name: 'an odd run of three: one literal backslash, then the escape',
      code: py`x = ur"\\\u0041"` + '\n',
      output: { py3: py`x = u"\\\\\u0041"` + '\n', compat: py`x = u"\\\\\u0041"` + '\n' },
    },
    {
      name: '\\N is not an escape in a ur string',
      code: py`x = ur"\N{DASH}"` + '\n',
      output: { py3: py`x = r"\N{DASH}"` + '\n', compat: py`x = u"\\N{DASH}"` + '\n' },
    },
    {
      name: 'escaped quote in a single-quoted literal',
      code: py`x = Ur'a\'b\u00e9'` + '\n',
      output: { py3: py`x = u'a\\\'b\u00e9'` + '\n', compat: py`x = u'a\\\'b\u00e9'` + '\n' },
    },
    {
      name: 'triple-quoted with a quote and an escaped quote at the end',
      code: py`x = ur"""say "hi"\u2603\""""` + '\n',
      output: { py3: py`x = u"""say "hi"\u2603\\\""""` + '\n', compat: py`x = u"""say "hi"\u2603\\\""""` + '\n' },
    },
    {
      name: 'backslash-newline in a single-quoted literal',
      code: 'x = ur"a\\\nb\\u00e9"\n',
      output: { py3: 'x = u"a\\\\\\nb\\u00e9"\n', compat: 'x = u"a\\\\\\nb\\u00e9"\n' },
    },
    {
      name: 'several in one expression',
      code: py`x = ur"a" + uR'\u0041'` + '\n',
      count: 2,
      output: { py3: py`x = r"a" + u'\u0041'` + '\n', compat: py`x = u"a" + u'\u0041'` + '\n' },
    },
    {
      name: 'truncated \\u escape (rejected by Python 2 too): flagged, not fixed',
      code: py`x = ur"\u12"` + '\n',
      output: { py3: null, compat: null },
    },
  ],
});
