import * as assert from 'node:assert/strict';
import { eachIdentifierNamed, iteratingContext, mutates, mutationPattern, type IteratingContext, type LazyKind } from '../../../server/src/engine/iteratingContext';
import { initParser } from '../../../server/src/engine/parser';
import { SourceFile } from '../../../server/src/engine/sourceFile';

/** Classifies the first call in `code` whose text is `target`. */
function verdict(code: string, target: string, kind: LazyKind, watched: string[] = []): IteratingContext {
  const file = SourceFile.parse(code);
  try {
    const node = file.root.descendantsOfType('call').find((n) => n.text === target);
    assert.ok(node, `no call ${target} in ${code}`);
    return iteratingContext(node, file, { kind, watched });
  } finally {
    file.dispose();
  }
}

type Case = [code: string, target: string, expected: IteratingContext];

function table(kind: LazyKind, watched: string[], cases: Case[]): void {
  for (const [code, target, expected] of cases) {
    it(`${kind}: ${JSON.stringify(code)} -> ${expected}`, () => assert.equal(verdict(code, target, kind, watched), expected));
  }
}

describe('engine: iteratingContext', () => {
  before(initParser);

  describe('views (d.keys())', () => {
    table('view', ['d'], [
      ['for k in d.keys():\n    print k\n', 'd.keys()', 'iterated-once'],
      ['for k in d.keys():\n    del d[k]\n', 'd.keys()', 'needs-list'],
      ['for k in d.keys():\n    d[k + "x"] = 1\n', 'd.keys()', 'needs-list'],
      ['for k in d.keys():\n    d.pop(k)\n', 'd.keys()', 'needs-list'],
      ['for k in d.keys():\n    e[k] = 1\n', 'd.keys()', 'iterated-once'],
      ['x = [k for k in d.keys()]\n', 'd.keys()', 'iterated-once'],
      ['x = [d.pop(k) for k in d.keys()]\n', 'd.keys()', 'needs-list'],
      ['x = sorted(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['x = sorted(d.keys(), key=len)\n', 'd.keys()', 'iterated-once'],
      ['x = ", ".join(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['x = len(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['ok = k in d.keys()\n', 'd.keys()', 'iterated-once'],
      ['ok = k not in (d.keys())\n', 'd.keys()', 'iterated-once'],
      ['if d.keys():\n    pass\n', 'd.keys()', 'iterated-once'],
      ['a, b = d.keys()\n', 'd.keys()', 'iterated-once'],
      ['f(*d.keys())\n', 'd.keys()', 'iterated-once'],
      ['s.update(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['x = max(d.values())\n', 'd.values()', 'iterated-once'],
      ['x = max(d.values(), 3)\n', 'd.values()', 'needs-list'],
      ['x = itertools.chain(d.keys(), e)\n', 'd.keys()', 'iterated-once'],
      ['x = d.keys()[0]\n', 'd.keys()', 'needs-list'],
      ['x = d.keys() + [1]\n', 'd.keys()', 'needs-list'],
      ['x = d.keys() == [1]\n', 'd.keys()', 'needs-list'],
      ['print d.keys()\n', 'd.keys()', 'needs-list'],
      ['def f():\n    return d.keys()\n', 'd.keys()', 'needs-list'],
      ['x = reversed(d.keys())\n', 'd.keys()', 'needs-list'],
      ['foo(d.keys())\n', 'd.keys()', 'needs-list'],
      ['self.ks = d.keys()\n', 'd.keys()', 'needs-list'],
      ['ks = d.keys()\n', 'd.keys()', 'unknown'],
      ['def f(d):\n    ks = d.keys()\n    for k in ks:\n        print k\n    return len(ks)\n', 'd.keys()', 'iterated-once'],
      ['def f(d):\n    ks = d.keys()\n    ks.sort()\n', 'd.keys()', 'needs-list'],
      ['def f(d):\n    ks = d.keys()\n    d["new"] = 1\n    for k in ks:\n        print k\n', 'd.keys()', 'needs-list'],
      ['def f(d):\n    ks = d.keys()\n    def g():\n        return ks\n', 'd.keys()', 'unknown'],
      ['def f(d):\n    ks = d.keys()\n    ks = 3\n', 'd.keys()', 'needs-list'],
      ['def f(sorted, d):\n    return sorted(d.keys())\n', 'd.keys()', 'needs-list'],
      // A nested def's parameter binds in the nested scope only.
      ['def f(d):\n    def check(iter, lst):\n        pass\n    check(iter(d.keys()), [])\n', 'd.keys()', 'iterated-once'],
      ['def f(d):\n    g = lambda sorted: sorted\n    x = sorted(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['def f(d):\n    class C:\n        sorted = None\n    x = sorted(d.keys())\n', 'd.keys()', 'iterated-once'],
      ['def f(d):\n    def sorted(x):\n        return x\n    y = sorted(d.keys())\n', 'd.keys()', 'needs-list'],
      ['def f(d):\n    def g(sorted):\n        return sorted(d.keys())\n', 'd.keys()', 'needs-list'],
      ['x = (d.keys() if c else [])\nfor y in x: pass\n', 'd.keys()', 'unknown'],
      ['for k in (d.keys() if c else []):\n    pass\n', 'd.keys()', 'iterated-once'],
      // A loop that only replaces the value of the key it is at: no size change, later values unchanged.
      ['for k, v in d.items():\n    d[k] = v.strip()\n', 'd.items()', 'iterated-once'],
      ['for k in d.keys():\n    d[k] += 1\n', 'd.keys()', 'iterated-once'],
      ['for (k, v) in d.items():\n    if v:\n        d[ k ] = [v]\n', 'd.items()', 'iterated-once'],
      ['for k, v in d.items():\n    d[k] = 1\n    del d[v]\n', 'd.items()', 'needs-list'],
      ['for k, v in d.items():\n    k = k.lower()\n    d[k] = v\n', 'd.items()', 'needs-list'],
      ['for k, v in d.items():\n    for k in v:\n        d[k] = 1\n', 'd.items()', 'needs-list'],
      ['for v in d.values():\n    d[v] = 1\n', 'd.values()', 'needs-list'],
      ['for v, k in d.items():\n    d[k] = 1\n', 'd.items()', 'needs-list'],
      ['for k, v in d.items():\n    d[k] = d.pop(v)\n', 'd.items()', 'needs-list'],
      ['for k in d.keys():\n    e[k] = d[k] = 1\n', 'd.keys()', 'iterated-once'],
      // Set operations: Python 2 raised TypeError for a list, Python 3 answers with a set.
      ['x = d.keys() - other\n', 'd.keys()', 'iterated-once'],
      ['x = a.keys() | b.keys()\n', 'b.keys()', 'iterated-once'],
      ['x = d.items() & e\n', 'd.items()', 'iterated-once'],
      ['x = d.keys() * 2\n', 'd.keys()', 'needs-list'],
      ['x = next(d.keys())\n', 'd.keys()', 'needs-list'],
      // Consumers that only iterate or test membership.
      ['self.assertIn(k, d.keys())\n', 'd.keys()', 'iterated-once'],
      ['self.assertNotIn(k, d.keys(), "msg")\n', 'd.keys()', 'iterated-once'],
      ['self.assertIn(d.keys(), k)\n', 'd.keys()', 'needs-list'],
      ['self.assertItemsEqual(d.keys(), e.keys())\n', 'e.keys()', 'iterated-once'],
      ['self.assertCountEqual(d.keys(), ["a"])\n', 'd.keys()', 'iterated-once'],
      ['self.assertEqual(d.keys(), ["a"])\n', 'd.keys()', 'needs-list'],
      ['x = dict.fromkeys(d.keys(), 0)\n', 'd.keys()', 'iterated-once'],
      ['ok = operator.contains(d.keys(), k)\n', 'd.keys()', 'iterated-once'],
      ['x = reduce(f, d.values(), 0)\n', 'd.values()', 'iterated-once'],
      ['x = reduce(d.values(), f)\n', 'd.values()', 'needs-list'],
      ['x = string.join(d.keys(), ", ")\n', 'd.keys()', 'iterated-once'],
    ]);
  });

  describe('iterators (map/filter/zip)', () => {
    table('iterator', ['xs'], [
      ['for y in map(f, xs):\n    print y\n', 'map(f, xs)', 'iterated-once'],
      ['for y in map(f, xs):\n    xs.append(y)\n', 'map(f, xs)', 'needs-list'],
      ['d = dict(zip(a, b))\n', 'zip(a, b)', 'iterated-once'],
      ['map(f, xs)\n', 'map(f, xs)', 'needs-list'],
      ['n = len(map(f, xs))\n', 'map(f, xs)', 'needs-list'],
      ['if filter(f, xs):\n    pass\n', 'filter(f, xs)', 'needs-list'],
      ['x = filter(f, xs) or [1]\n', 'filter(f, xs)', 'needs-list'],
      ['ok = 3 in map(f, xs)\n', 'map(f, xs)', 'iterated-once'],
      ['def g(xs):\n    ys = map(f, xs)\n    for y in ys:\n        print y\n', 'map(f, xs)', 'iterated-once'],
      ['def g(xs):\n    ys = map(f, xs)\n    print 1\n    for y in ys:\n        print y\n', 'map(f, xs)', 'unknown'],
      ['def g(xs):\n    ys = map(f, xs)\n    a = sum(ys)\n    b = max(ys)\n', 'map(f, xs)', 'needs-list'],
      ['def g(xs):\n    ys = map(f, xs)\n    while c:\n        for y in ys:\n            pass\n', 'map(f, xs)', 'needs-list'],
      ['def g(xs):\n    ys = map(f, xs)\n', 'map(f, xs)', 'needs-list'],
      ['x = sorted(map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['x = reversed(map(f, xs))\n', 'map(f, xs)', 'needs-list'],
      ['x = map(g, map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['x = map(map(f, xs), ys)\n', 'map(f, xs)', 'needs-list'],
      ['x = bytearray(map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['w.writerows(map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['t = dict.fromkeys(map(ord, xs), 32)\n', 'map(ord, xs)', 'iterated-once'],
      ['x = functools.reduce(g, map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['from functools import reduce\nx = reduce(g, map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
      ['x = d - map(f, xs)\n', 'map(f, xs)', 'needs-list'],
      ['x = next(filter(f, xs), None)\n', 'filter(f, xs)', 'iterated-once'],
      ['x = next(xs, map(f, xs))\n', 'map(f, xs)', 'needs-list'],
      ['x = next(d.itervalues())\n', 'd.itervalues()', 'needs-list'],
      ['x = itertools.chain.from_iterable(map(f, xs))\n', 'map(f, xs)', 'iterated-once'],
    ]);
  });

  describe('range', () => {
    table('range', [], [
      ['for i in range(3):\n    pass\n', 'range(3)', 'iterated-once'],
      ['n = len(range(3))\n', 'range(3)', 'iterated-once'],
      ['x = range(3)[1]\n', 'range(3)', 'iterated-once'],
      ['for i in range(10)[2:5]:\n    pass\n', 'range(10)', 'iterated-once'],
      ['print range(10)[2:5]\n', 'range(10)', 'needs-list'],
      ['x = reversed(range(3))\n', 'range(3)', 'iterated-once'],
      ['i = range(3).index(2)\n', 'range(3)', 'iterated-once'],
      ['x = range(3) + [4]\n', 'range(3)', 'needs-list'],
      ['ok = range(3) == [0, 1, 2]\n', 'range(3)', 'needs-list'],
      ['print range(3)\n', 'range(3)', 'needs-list'],
      ['random.shuffle(range(3))\n', 'range(3)', 'needs-list'],
      ['def f():\n    r = range(5)\n    r.append(1)\n', 'range(5)', 'needs-list'],
      ['def f():\n    r = range(5)\n    for i in r: pass\n    for i in r: pass\n    return len(r)\n', 'range(5)', 'iterated-once'],
      ['b = bytes(range(256))\n', 'range(256)', 'iterated-once'],
      ['b = bytearray(range(3))\n', 'range(3)', 'iterated-once'],
      ['a = array.array("B", range(3))\n', 'range(3)', 'iterated-once'],
      ['a = array.array(range(3))\n', 'range(3)', 'needs-list'],
      ['from array import array\na = array("B", range(3))\n', 'range(3)', 'iterated-once'],
      ['from collections import deque\nq = deque(range(3), 2)\n', 'range(3)', 'iterated-once'],
      ['from mymod import deque\nq = deque(range(3))\n', 'range(3)', 'needs-list'],
      ['q.extendleft(range(3))\n', 'range(3)', 'iterated-once'],
      ['m = codecs.make_identity_dict(range(256))\n', 'range(256)', 'iterated-once'],
      ['from itertools import *\nx = product(range(3), repeat=2)\n', 'range(3)', 'iterated-once'],
      ['x = product(range(3), repeat=2)\n', 'range(3)', 'needs-list'],
      ['from itertools import *\ndef product(x): return x\nx = product(range(3))\n', 'range(3)', 'needs-list'],
      ['a[0:5] = range(5, 10)\n', 'range(5, 10)', 'iterated-once'],
      ['a[::2] = range(3)\n', 'range(3)', 'iterated-once'],
      ['a[0] = range(3)\n', 'range(3)', 'needs-list'],
      ['x = range(3) | s\n', 'range(3)', 'needs-list'],
      ['t = (*range(4),)\n', 'range(4)', 'iterated-once'],
      ['t = [0, *range(4)]\n', 'range(4)', 'iterated-once'],
      ['from string import join\ns = join(map(str, range(4)), " ")\n', 'map(str, range(4))', 'iterated-once'],
    ]);
  });

  it('finds mutations of a name or attribute chain, not of a longer name', () => {
    const d = mutationPattern('d');
    // mutates, which the rules call, answers as the pattern does without compiling one per subject.
    const both = (text: string, subject = 'd'): boolean => {
      const answer = mutationPattern(subject).test(text);
      assert.equal(mutates(text, subject), answer, `${subject} in ${text}`);
      return answer;
    };
    for (const text of ['d[k] = 1', 'del d[k]', 'd.pop(k)', 'd.update(e)', 'd.setdefault(k, 1)', 'd.clear()', 'del x, d[k]', 'd[k] += 1', 'd += [1]', 'x = 1\n  d [ i ]  //= 2']) {
      assert.ok(both(text), text);
    }
    for (const text of ['e[k] = 1', 'dd[k] = 1', 'self.d[k] = 1', 'x = d[k]', 'd[k] == 1', 'd.get(k)', 'd[k][0] = 1', 'model.d.pop()', 'delta = d']) assert.ok(!both(text), text);
    assert.ok(d.test('d.pop()'));
    assert.ok(both('self.d[k] = 1', 'self.d'));
    assert.ok(!both('self.dd[k] = 1', 'self.d'));
  });

  it('eachIdentifierNamed finds the identifiers descendantsOfType finds, from the text', () => {
    const codes = [
      'def f(d, émd):\n    d2 = d.keys()  # d\n    s = "d"\n    d.d = dd(d)\n    for d in (d):\n        g(d=d)\n    return d\n',
      'def f(d):\n    x = d +\n    return d\n', // syntax error: the subtree is walked
    ];
    for (const code of codes) {
      const file = SourceFile.parse(code);
      try {
        const scope = file.root.namedChildren[0];
        const expected = scope.descendantsOfType('identifier').filter((i) => i.text === 'd');
        const found = [...eachIdentifierNamed(scope, 'd', file)];
        assert.deepEqual(found.map((n) => [n.id, n.startIndex]), expected.map((n) => [n.id, n.startIndex]), code);
        assert.ok(found.length >= 3, `${found.length} found`);
      } finally {
        file.dispose();
      }
    }
  });
});
