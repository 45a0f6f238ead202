// Rules of the dicts-iterators category (catalog D1-D11).
import { ruleTester } from '../ruleTester';

const wrap = (code: string, wrapped: string) => ({ py3: wrapped, compat: wrapped });

ruleTester('dict-list-method-not-iterating', {
  valid: [
    { name: 'the loop hands the dict to a function that only reads it', code: 'def show(d, k):\n    return d[k]\nfor k in d.keys():\n    show(d, k)\n' },
    'for k in d.keys():\n    print k\n',
    'for k, v in sorted(d.items()):\n    pass\n',
    'n = len(d.values())\n',
    'ok = k in d.keys()\n',
    { name: 'values() searches on both', code: 'ok = [1] in d.values()\n' },
    { name: 'a hashable tuple in items()', code: "ok = ('a', 1) in d.items()\n" },
    'x = list(d.keys())\n',
    's = ",".join(d.keys())\n',
    'def f(d):\n    ks = d.keys()\n    for k in ks:\n        print k\n',
    'if six.PY2:\n    ks = d.keys()\n    ks.sort()\n',
    'x = config.items("section")\n',
  ],
  invalid: [
    {
      name: 'the loop hands the dict to a function of this file that adds keys',
      code: "def add_shadow(d, k):\n    d[k + '_copy'] = d[k]\nfor k in d.keys():\n    add_shadow(d, k)\n", count: 1, message: 'changes it',
      output: { py3: "def add_shadow(d, k):\n    d[k + '_copy'] = d[k]\nfor k in list(d.keys()):\n    add_shadow(d, k)\n" },
    },
    { name: 'a method that pops from its parameter', code: 'class C:\n    def drop(self, table, k):\n        table.pop(k)\nfor k in t.keys():\n    c.drop(t, k)\n', count: 1 },
    {
      name: 'an unhashable value tested against keys()/items(): the view raises TypeError',
      code: "a = [1] in d.keys()\nb = ('a', [1]) not in (d.items())\n", count: 2, message: 'unhashable',
      output: { py3: "a = [1] in list(d.keys())\nb = ('a', [1]) not in (list(d.items()))\n" },
    },
    { code: 'ks = d.keys()\nks.sort()\n', count: 1, severity: 'warning', output: wrap('', 'ks = list(d.keys())\nks.sort()\n') },
    { code: 'first = d.values()[0]\n', count: 1, output: wrap('', 'first = list(d.values())[0]\n') },
    { name: 'loop that deletes from the dict', code: 'for k in d.keys():\n    del d[k]\n', output: wrap('', 'for k in list(d.keys()):\n    del d[k]\n') },
    { name: 'loop that adds to the dict', code: 'for k, v in self.d.items():\n    self.d[k + "_"] = v\n', output: wrap('', 'for k, v in list(self.d.items()):\n    self.d[k + "_"] = v\n') },
    { code: 'def f(d):\n    return d.items()\n', output: wrap('', 'def f(d):\n    return list(d.items())\n') },
    { code: 'x = d.keys() + e.keys()\n', count: 2, output: wrap('', 'x = list(d.keys()) + list(e.keys())\n') },
    { code: 'def f(d):\n    ks = d.keys()\n    d.clear()\n    return len(ks)\n', count: 1, message: 'uses it as a list' },
    {
      name: '`list` rebound in another method does not hide the builtin here',
      code: 'class C:\n    def a(self):\n        list = []\n        return list\n    def b(self, d):\n        return d.keys()\n',
      output: wrap('', 'class C:\n    def a(self):\n        list = []\n        return list\n    def b(self, d):\n        return list(d.keys())\n'),
    },
    { name: '`list` rebound in this function: flagged, not fixed', code: 'def f(d, list):\n    return d.keys()\n', count: 1, output: { py3: null, compat: null } },
    { name: 'hits in strings and comments are not candidates', code: 's = "d.keys()[0]"  # d.keys()[0]\nx = d.keys()[0]\n', count: 1 },
  ],
});

ruleTester('dict-iter-method', {
  valid: [
    'six.iteritems(d)\n', 'x.iteritems(1)\n', 'for k, v in d.items():\n    pass\n',
    { name: 'Python 3 file: a mapping of its own (mailbox.Mailbox.iteritems)', code: 'def f(box) -> None:\n    for k, v in box.iteritems():\n        pass\n' },
  ],
  invalid: [
    {
      code: 'for k, v in d.iteritems():\n    pass\n', count: 1, severity: 'error',
      output: { py3: 'for k, v in d.items():\n    pass\n', compat: 'import six\nfor k, v in six.iteritems(d):\n    pass\n' },
    },
    {
      code: 'first = next(d.itervalues())\n',
      output: { py3: 'first = next(iter(d.values()))\n', compat: 'import six\nfirst = next(six.itervalues(d))\n' },
    },
    { code: 'x = sorted(d.iterkeys())\n', output: { py3: 'x = sorted(d.keys())\n' } },
    {
      name: 'a loop that resizes the dict keeps an iterator (RuntimeError on both versions)',
      code: 'for k in d.iterkeys():\n    del d[k]\n',
      output: { py3: 'for k in iter(d.keys()):\n    del d[k]\n' },
    },
  ],
});

ruleTester('dict-view-method', {
  valid: ['six.viewkeys(d)\n', { name: 'Python 3 file', code: 'x = f"{d.viewkeys()}"\n' }],
  invalid: [
    {
      code: 'for k in d.viewkeys():\n    pass\n',
      output: { py3: 'for k in d.keys():\n    pass\n', compat: 'import six\nfor k in six.viewkeys(d):\n    pass\n' },
    },
    {
      name: 'a view in a set operation is a Python 3 view: Python 2 lists had no `&`',
      code: 'both = a.viewkeys() & b.viewitems()\n', count: 2,
      output: { py3: 'both = a.keys() & b.items()\n', compat: 'import six\nboth = six.viewkeys(a) & six.viewitems(b)\n' },
    },
    {
      name: 'a view used as a view has no py3 spelling that reads as Python 3',
      code: 'v = a.viewkeys()\nprint(v)\n',
      output: { py3: null, compat: 'import six\nv = six.viewkeys(a)\nprint(v)\n' },
    },
  ],
});

ruleTester('dict-has-key', {
  valid: [
    'x = k in d\n', 'f = d.has_key\n',
    { name: 'curses.has_key is a module function, in Python 3 too', code: 'import curses\nok = curses.has_key(13)\nok = _curses.has_key(k)\n' },
    { name: 'Python 3 file', code: 'ok = db.has_key(k)\nraise E from None\n' },
  ],
  invalid: [
    {
      name: 'local dict: safe',
      code: 'def f(k):\n    d = {}\n    if d.has_key(k) and not d.has_key(k + 1):\n        pass\n', count: 2,
      output: wrap('', 'def f(k):\n    d = {}\n    if k in d and k + 1 not in d:\n        pass\n'),
    },
    { name: 'unknown receiver: unsafe', code: 'ok = db.has_key(k)\n', output: { py3: null, compat: null } },
    { code: 'ok = db.has_key(k)\n', unsafe: true, output: wrap('', 'ok = k in db\n') },
    { code: 'x = db.has_key(a or b) == True\n', unsafe: true, output: wrap('', 'x = ((a or b) in db) == True\n') },
    { code: 'x = dict(a=1).has_key("a")\n', output: wrap('', 'x = "a" in dict(a=1)\n') },
  ],
});

ruleTester('map-not-iterating', {
  valid: [
    { name: 'a printing function, a quiet loop body', code: 'def noisy(n):\n    print n\n    return n\nfor v in map(noisy, xs):\n    total += v\n' },
    { name: 'a quiet function, a printing loop body', code: 'def f(n):\n    return n\nfor v in map(f, xs):\n    print v\n' },
    'for y in map(f, xs):\n    pass\n',
    'x = sorted(map(str, xs))\n',
    'x = list(map(str, xs))\n',
    'from future_builtins import map\nx = map(str, xs)\n',
    'from itertools import imap as map\nx = map(str, xs)\n',
    'from builtins import *\nx = map(str, xs)\n',
    'from future_builtins import *\nx = map(str, xs)\n',
    'def f(xs):\n    ys = map(str, xs)\n    return ",".join(ys)\n',
  ],
  invalid: [
    {
      name: 'a printing function of this file, a loop body that prints: the order changes',
      code: 'def noisy(n):\n    print n\n    return n\nfor v in map(noisy, xs):\n    print v\n', count: 1, message: 'lazy',
      output: { py3: 'def noisy(n):\n    print n\n    return n\nfor v in list(map(noisy, xs)):\n    print v\n' },
    },
    { name: 'a lambda calling a printing function, a loop that breaks', code: 'def log(n):\n    sys.stdout.write(n)\nfor v in map(lambda n: log(n), xs):\n    break\n', count: 1 },
    { code: 'ys = map(str, xs)\n', count: 1, severity: 'warning', output: wrap('', 'ys = list(map(str, xs))\n') },
    { code: 'map(register, handlers)\n', message: 'side effects', output: wrap('', 'list(map(register, handlers))\n') },
    { code: 'n = len(map(str, xs))\n', output: wrap('', 'n = len(list(map(str, xs)))\n') },
    { code: 'ys = map(None, xs)\n', output: wrap('', 'ys = list(xs)\n') },
    { name: 'several iterables: flagged, not fixed', code: 'for a in map(f, xs, ys):\n    pass\n', message: 'pads', output: { py3: null, compat: null } },
    { code: 'def f(xs):\n    ys = map(str, xs)\n    print ys[0], len(ys)\n', output: wrap('', 'def f(xs):\n    ys = list(map(str, xs))\n    print ys[0], len(ys)\n') },
  ],
});

ruleTester('filter-not-iterating', {
  valid: ['for y in filter(None, xs):\n    pass\n', 'n = sum(filter(f, xs))\n'],
  invalid: [
    { name: 'a printing predicate of this file', code: 'def keep(n):\n    print n\n    return n\nfor v in filter(keep, xs):\n    print v\n', count: 1, message: 'lazy' },
    { code: 'ys = filter(f, [1, 2])\n', output: wrap('', 'ys = list(filter(f, [1, 2]))\n') },
    { name: 'maybe a str or tuple: unsafe', code: 'ys = filter(f, xs)\n', output: { py3: null, compat: null } },
    { code: 'if filter(f, xs.split()):\n    pass\n', output: wrap('', 'if list(filter(f, xs.split())):\n    pass\n') },
  ],
});

ruleTester('zip-not-iterating', {
  valid: ['d = dict(zip(a, b))\n', 'for x, y in zip(a, b):\n    pass\n', 'from six.moves import zip\np = zip(a, b)\n'],
  invalid: [
    {
      name: 'a printing generator of this file',
      code: 'def gen(n):\n    for i in range(n):\n        print i\n        yield i\nfor a, b in zip(gen(3), gen(2)):\n    print a\n', count: 1, message: 'lazy',
      output: { py3: 'def gen(n):\n    for i in range(n):\n        print i\n        yield i\nfor a, b in list(zip(gen(3), gen(2))):\n    print a\n' },
    },
    { code: 'pairs = zip(a, b)\npairs.sort()\n', output: wrap('', 'pairs = list(zip(a, b))\npairs.sort()\n') },
    { code: 'print zip(a, b)[0]\n', output: wrap('', 'print list(zip(a, b))[0]\n') },
  ],
});

ruleTester('range-not-iterating', {
  valid: [
    'for i in range(3):\n    pass\n',
    'n = len(range(3))\n',
    'x = range(10)[2]\n',
    'ok = 3 in range(5)\n',
    'from six.moves import range\nx = range(3) + [1]\n',
    'from future.builtins import *\nx = range(3)\n',
    'def f():\n    r = range(5)\n    return r[0] + len(r)\n',
  ],
  invalid: [
    { code: 'x = range(3) + [4]\n', output: wrap('', 'x = list(range(3)) + [4]\n') },
    { code: 'random.shuffle(range(3))\n', output: wrap('', 'random.shuffle(list(range(3)))\n') },
    { code: 'def f():\n    r = range(5)\n    r.append(1)\n', output: wrap('', 'def f():\n    r = list(range(5))\n    r.append(1)\n') },
  ],
});

ruleTester('next-method-called', {
  valid: [
    'x = next(it)\n', 'x = it.next(1)\n',
    { name: 'Python 3 file: a next() method of its own (tarfile.TarFile.next)', code: 'from unittest import mock\nx = tar.next()\n' },
  ],
  invalid: [
    { name: 'the same in a file with Python 2 evidence', code: 'from unittest import mock\nx = tar.next()\nprint x\n', count: 1 },
    { name: 'unknown receiver: unsafe', code: 'x = it.next()\n', output: { py3: null, compat: null } },
    { code: 'x = it.next()\n', unsafe: true, output: wrap('', 'x = next(it)\n') },
    { code: 'def f(xs):\n    it = iter(xs)\n    return it.next()\n', output: wrap('', 'def f(xs):\n    it = iter(xs)\n    return next(it)\n') },
    { name: 'a module-level next() shadows the builtin', code: 'def next(x): pass\ny = it.next()\n', unsafe: true, output: { py3: null, compat: null } },
  ],
});

ruleTester('next-method-defined', {
  valid: [
    'class C(object):\n    def next(self):\n        return 1\n    __next__ = next\n',
    'class C(object):\n    def next(self, n):\n        return 1\n',
    'def next(self):\n    return 1\n',
    { name: 'Python 3 file: an ordinary method named next (ast._Precedence.next)', code: 'class P:\n    def next(self):\n        return P(self + 1)\n    def f(self, *, key): pass\n' },
  ],
  invalid: [
    {
      code: 'class C(object):\n    def next(self):\n        return 1  # one\n    x = 2\n', severity: 'error', unsafe: true,
      output: {
        py3: 'class C(object):\n    def __next__(self):\n        return 1  # one\n    x = 2\n',
        compat: 'class C(object):\n    def next(self):\n        return 1  # one\n    __next__ = next\n    x = 2\n',
      },
    },
    { name: 'the rename is unsafe', code: 'class C:\n    def next(self): return 1\n', output: { py3: null, compat: 'class C:\n    def next(self): return 1\n    __next__ = next\n' } },
  ],
});

ruleTester('xreadlines', {
  valid: ['for line in f:\n    pass\n'],
  invalid: [
    { code: 'for line in f.xreadlines():\n    pass\n', severity: 'error', output: wrap('', 'for line in f:\n    pass\n') },
    { code: 'lines = f.xreadlines()\n', output: wrap('', 'lines = iter(f)\n') },
    { code: 'g(f.xreadlines)\n', output: wrap('', 'g(f.__iter__)\n') },
  ],
});
