import { ruleTester } from '../ruleTester';

const both = (text: string) => ({ py3: text, compat: text });

ruleTester('backtick-repr', {
  valid: ['repr(x)', 'x = "`not code`"', "x = '''a `b` c'''", '# `x` in a comment\n', 'x = r"`"'],
  invalid: [
    { code: 'y = `x`\n', count: 1, message: 'repr(x)', output: both('y = repr(x)\n') },
    { code: 'y = `a + b` + `c`\n', count: 2, output: both('y = repr(a + b) + repr(c)\n') },
    { code: 'f(`x`, `y`)\n', count: 2, output: both('f(repr(x), repr(y))\n') },
    { code: 'k = `a, b`\n', name: 'a comma list is a tuple', output: both('k = repr((a, b))\n') },
    { code: 'k = `f(a, b)`\n', name: 'commas inside brackets are not a tuple', output: both('k = repr(f(a, b))\n') },
    { code: 'k = ` x `\n', output: both('k = repr(x)\n') },
    { code: 'k = ``1``\n', count: 1, name: 'nested backticks', output: both('k = repr(repr(1))\n') },
    { code: 'k = `1 + `2` + 3`\n', count: 1, name: 'nested in the middle', output: both('k = repr(1 + repr(2) + 3)\n') },
    { code: 'k = `"a`b"`\n', count: 1, name: 'string holding a backtick', output: both('k = repr("a`b")\n') },
    { code: "k = `'x', \"y\"`\n", count: 1, name: 'strings and commas', output: both("k = repr(('x', \"y\"))\n") },
    { code: 'k = `lambda a, b: 0`\n', name: 'lambda parameters (extra parentheses are harmless)', output: both('k = repr((lambda a, b: 0))\n') },
    { code: 'print`x`\n', name: 'glued to a name', output: both('print repr(x)\n') },
    { code: 'k = `[x for x in y if x]`\n', output: both('k = repr([x for x in y if x])\n') },
    { code: 'k = `x if a else y`\n', output: both('k = repr(x if a else y)\n') },
    { code: 'k = `x[1:2], -1e-3, 0x1FL`\n', output: both('k = repr((x[1:2], -1e-3, 0x1FL))\n') },
    { code: 'k = `(a,\n     b)`\n', name: 'newline inside brackets', output: both('k = repr((a,\n     b))\n') },
    { code: 'from reprlib import repr\nk = `x`\n', name: 'a file binding `repr` itself: unsafe', output: { py3: null, compat: null } },
    { code: 'k = `x\nprint 1\n', name: 'unclosed backtick: flagged, not fixed', count: 1, message: 'could not be converted', output: { py3: null, compat: null } },
  ],
});
