import { ruleTester } from '../ruleTester';

ruleTester('set-literal', {
  valid: ['s = set()\n', 's = set([])\n', 's = set(xs)\n', 's = set(x for x in xs)\n', 's = {1, 2}\n', 's = set([1,  # one\n 2])\n', 's = set([k for k in ks])\nprint(k)\n'],
  invalid: [
    { code: 's = set([1, 2])\n', count: 1, severity: 'information', output: { py3: 's = {1, 2}\n', compat: 's = {1, 2}\n' } },
    { code: 's = set((1,))\n', output: { py3: 's = {1,}\n' } },
    { code: 's = set([k.lower() for k in keys])\n', output: { py3: 's = {k.lower() for k in keys}\n' } },
    { code: 's = set([\n    "a",\n    "b",\n])\n', output: { py3: 's = {\n    "a",\n    "b",\n}\n' } },
  ],
});
