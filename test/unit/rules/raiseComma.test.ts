import { ruleTester } from '../ruleTester';

const both = (text: string) => ({ py3: text, compat: text });

ruleTester('raise-comma', {
  valid: ['raise', 'raise E', 'raise E(V)', 'raise E("a", "b")', 'raise E from e', 'raise (E)', 'raise "string exception"'],
  invalid: [
    { code: 'raise ValueError, "bad"\n', count: 1, message: 'raise ValueError("bad")', output: both('raise ValueError("bad")\n') },
    { code: 'raise E, "a" "b"\n', output: both('raise E("a" "b")\n') },
    { code: 'raise E, 42\n', output: both('raise E(42)\n') },
    { code: 'raise E, "x %s" % (y,)\n', name: 'formatted string', output: both('raise E("x %s" % (y,))\n') },
    { code: 'raise E, ("msg")\n', name: 'parenthesised literal', output: both('raise E("msg")\n') },
    { code: 'raise KeyError, (key, 1)\n', name: 'tuple value is E(*V)', output: both('raise KeyError(key, 1)\n') },
    { code: 'raise E, ()\n', output: both('raise E()\n') },
    { code: 'raise E, (a,)\n', output: both('raise E(a,)\n') },
    { code: 'raise E, None\n', name: 'None value is bare E', output: both('raise E\n') },
    { code: 'raise self.failureException, "boom"\n', output: both('raise self.failureException("boom")\n') },
    { code: 'raise a or b, "x"\n', name: 'low-precedence type is parenthesised', output: { py3: 'raise (a or b)("x")\n' } },
    { code: 'raise E, v\n', message: 'may already be an exception instance', name: 'name value: unsafe', output: { py3: null, compat: null } },
    { code: 'raise E, v\n', unsafe: true, output: both('raise E(v)\n') },
    { code: 'raise E, f(x)\n', unsafe: true, output: both('raise E(f(x))\n') },
    {
      code: 'raise ValueError, "again", tb\n', name: 'three arguments, literal value',
      output: { py3: 'raise ValueError("again").with_traceback(tb)\n', compat: 'import six\nsix.reraise(ValueError, ValueError("again"), tb)\n' },
    },
    {
      code: 'raise E, (1, 2), tb\n',
      output: { py3: 'raise E(1, 2).with_traceback(tb)\n', compat: 'import six\nsix.reraise(E, E(1, 2), tb)\n' },
    },
    {
      code: 'raise ValueError, None, tb\n', name: 'three arguments, None value',
      output: { py3: 'raise ValueError().with_traceback(tb)\n', compat: 'import six\nsix.reraise(ValueError, None, tb)\n' },
    },
    {
      code: 'raise sys.exc_info()[0], "x", tb\n', name: 'compat names E twice: unsafe when E is not a plain reference',
      output: { py3: 'raise sys.exc_info()[0]("x").with_traceback(tb)\n', compat: null },
    },
    {
      code: 'raise errors.Bad, "x", tb\n',
      output: { py3: 'raise errors.Bad("x").with_traceback(tb)\n', compat: 'import six\nsix.reraise(errors.Bad, errors.Bad("x"), tb)\n' },
    },
    { code: 'raise exc, None, tb\n', name: 'None value with a non-class-looking type: unsafe', output: { py3: null, compat: null } },
    {
      code: 'import sys\nt, v, tb = sys.exc_info()\nraise t, v, tb\n', unsafe: true, name: 'the exc_info re-raise idiom',
      output: { py3: 'import sys\nt, v, tb = sys.exc_info()\nraise t(v).with_traceback(tb)\n', compat: 'import sys\nimport six\nt, v, tb = sys.exc_info()\nsix.reraise(t, v, tb)\n' },
    },
    { code: 'raise E, "x", None\n', name: 'None traceback is the two-argument form', output: both('raise E("x")\n') },
    { code: 'raise "oops", V\n', message: 'raises a string', output: { py3: null, compat: null } },
    { code: 'raise (E1, E2), V\n', message: 'first element of a tuple', output: { py3: null, compat: null } },
    {
      code: 'raise ValueError, \\\n      ("a %s" %\n       e)\n', name: 'continuation line before a formatted value',
      output: both('raise ValueError("a %s" %\n       e)\n'),
    },
    {
      code: 'raise E, \\\n  ("a "\n   "b %s") % x\n', name: 'formatting a parenthesised concatenation',
      output: both('raise E(("a "\n   "b %s") % x)\n'),
    },
    {
      code: 'def f():\n    if x:\n        raise E, \\\n            "long message"\n', name: 'continuation line',
      output: both('def f():\n    if x:\n        raise E("long message")\n'),
    },
  ],
});
