import { ruleTester } from '../ruleTester';

const both = (text: string) => ({ py3: text, compat: text });

ruleTester('list-comp-bare-tuple', {
  valid: [
    '[x for x in (1, 2)]',
    '[x for x in xs]',
    '[x for x, y in pairs]',
    '[(x, y) for x in a for y in b]',
    '[x for x in f(a, b)]',
    { code: '(x for x in 1, 2)', name: 'generator expression: a SyntaxError in Python 2 too' },
    { code: '{x for x in 1, 2}', name: 'set comprehension: a SyntaxError in Python 2 too' },
  ],
  invalid: [
    { code: 'a = [x for x in 1, 2]\n', count: 1, message: '(1, 2)', output: both('a = [x for x in (1, 2)]\n') },
    { code: '[x for x in a, b if x]\n', output: both('[x for x in (a, b) if x]\n') },
    { code: '[x for x in 1, 2,]\n', name: 'trailing comma', output: both('[x for x in (1, 2,)]\n') },
    { code: '[x for x, y in (1, 2), (3, 4)]\n', output: both('[x for x, y in ((1, 2), (3, 4))]\n') },
    { code: '[(x, y) for x in 1, 2 if x for y in 3, 4]\n', count: 2, output: both('[(x, y) for x in (1, 2) if x for y in (3, 4)]\n') },
    { code: '[f for f in lambda: 1, len]\n', output: both('[f for f in (lambda: 1, len)]\n') },
    { code: 'a = [x for x in 1,\n     2]\n', name: 'spanning lines', output: both('a = [x for x in (1,\n     2)]\n') },
    { code: 'a = [f\n     for f in len, lambda:\n     1]\n', name: "clause line ending with a lambda's colon", output: both('a = [f\n     for f in (len, lambda:\n     1)]\n') },
  ],
});
