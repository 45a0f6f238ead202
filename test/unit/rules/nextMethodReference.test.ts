// next-method-reference: `x.next` taken without a call (email/feedparser.py's `self._parsegen().next`,
// inspect.py's `tokenize.tokenize(iter(lines).next, ...)`), found by the recall-vs-2to3 run.
import { ruleTester } from '../ruleTester';

ruleTester('next-method-reference', {
  valid: [
    'x = next(it)\n',
    'x = it.next()\n',
    'x = it.next(1)\n',
    { name: 'assigned: the code\'s own attribute', code: 'node.next = other\n' },
    { name: 'a linked list: the file assigns .next, so b.next is its own', code: 'b.next = [c]\nfor n in b.next:\n    pass\n' },
    { name: 'a class with its own next method (a debugger\'s "next" button)', code: 'class D:\n    def next(self):\n        pass\n    def build(self):\n        return Button(command=self.next)\n' },
    { name: 'version-guarded', code: 'import sys\nif sys.version_info[0] == 2:\n    f = it.next\n' },
    { name: 'the word in a string or comment', code: 's = "it.next"  # it.next\n' },
    { name: 'Python 3 file (keyword-only argument): its own next attribute', code: 'def f(*, key): pass\nf = tar.next\n' },
  ],
  invalid: [
    {
      name: 'a generator\'s bound next (email/feedparser.py)', code: 'self._parse = self._parsegen().next\n', count: 1, severity: 'warning',
      message: '`__next__`', unsafe: true, output: { py3: 'self._parse = self._parsegen().__next__\n', compat: null },
    },
    { name: 'unknown receiver: the fix is unsafe', code: 'f = reader.next\n', output: { py3: null, compat: null } },
    {
      name: 'iter(...) is certainly an iterator: safe (inspect.py)', code: 'tokenize.tokenize(iter(lines).next, eater)\n',
      output: { py3: 'tokenize.tokenize(iter(lines).__next__, eater)\n', compat: null },
    },
    {
      name: 'a local bound only to iter(...): safe', code: 'def f(xs):\n    it = iter(xs)\n    return it.next\n',
      output: { py3: 'def f(xs):\n    it = iter(xs)\n    return it.__next__\n' },
    },
    { name: 'passed as a callable (bsddb tests)', code: 'self.assertRaises(db.DBError, c.next)\n', count: 1 },
    {
      name: 'a file with its own def next still takes a generator\'s next (email/feedparser.py)',
      code: 'class B:\n    def next(self):\n        return 1\nclass P:\n    def __init__(self):\n        self._parse = self._parsegen().next\n', count: 1,
    },
  ],
});
