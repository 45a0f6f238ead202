// Rules for standard-library module attributes Python 3 removed (B18, B22-B28, removed-stdlib-attribute).
import * as assert from 'node:assert/strict';
import { REMOVED_ATTRIBUTES } from '../../../server/src/engine/rules/removedAttributes.data';
import { ruleTester } from '../ruleTester';

describe('removedAttributes.data (generated)', () => {
  it('holds the well-known removals and no private names', () => {
    for (const [module, name] of [['fractions', 'gcd'], ['contextlib', 'nested'], ['inspect', 'getargspec'], ['platform', 'linux_distribution'], ['cgi', 'escape'], ['base64', 'encodestring'], ['time', 'clock'], ['string', 'letters'], ['itertools', 'izip'], ['os.path', 'walk'], ['collections', 'Mapping']]) {
      assert.ok(REMOVED_ATTRIBUTES[module]?.[name] !== undefined, `${module}.${name}`);
    }
    for (const attrs of Object.values(REMOVED_ATTRIBUTES)) for (const name of Object.keys(attrs)) assert.ok(!name.startsWith('_'), name);
    assert.equal(REMOVED_ATTRIBUTES.string.ascii_letters, undefined);
  });
});

ruleTester('removed-stdlib-attribute', {
  valid: [
    'import fractions\nfractions.Fraction(1)\n',
    'fractions.gcd(1, 2)\n',
    'import fractions\nfractions = Thing()\nfractions.gcd(1, 2)\n',
    'def f(time):\n    return time.clock()\n',
    'import time\ntry:\n    clock = time.clock\nexcept AttributeError:\n    clock = time.perf_counter\n',
    'import sys\nif sys.version_info[0] == 2:\n    from fractions import gcd\n',
    'import sys\nm = sys.maxint\n',
    'import string\nstring.letters\n',
    'import collections.abc\ncollections.abc.Mapping\n',
  ],
  invalid: [
    { code: 'import contextlib\nwith contextlib.nested(a, b):\n    pass\n', count: 1, message: 'ExitStack', output: { py3: null, compat: null } },
    { code: 'import os\nos.path.walk(top, f, None)\n', count: 1, message: 'os.walk' },
    { code: 'import platform\nplatform.linux_distribution()\n', count: 1, message: 'distro' },
    { code: 'from inspect import getargspec\n', count: 1, unsafe: true, output: { py3: 'from inspect import getfullargspec as getargspec\n', compat: null } },
    { name: 'fractions.gcd: unsafe (sign)', code: 'import fractions\ng = fractions.gcd(a, b)\n', count: 1, message: 'sign', output: { py3: null } },
    { code: 'import fractions\ng = fractions.gcd(a, b)\n', unsafe: true, output: { py3: 'import math\ng = math.gcd(a, b)\n', compat: null } },
    { code: 'from fractions import gcd\n', unsafe: true, output: { py3: 'from math import gcd\n' } },
    {
      code: 'import collections\nisinstance(x, collections.Mapping)\n', count: 1,
      output: { py3: 'import collections\nimport collections.abc\nisinstance(x, collections.abc.Mapping)\n', compat: 'import six\nisinstance(x, six.moves.collections_abc.Mapping)\n' },
    },
    {
      code: 'from collections import Mapping, OrderedDict\n', count: 1,
      output: { py3: 'from collections import OrderedDict\nfrom collections.abc import Mapping\n', compat: 'from collections import OrderedDict\nfrom six.moves.collections_abc import Mapping\n' },
    },
    { code: 'from collections import MutableMapping as MM\n', output: { py3: 'from collections.abc import MutableMapping as MM\n', compat: 'from six.moves.collections_abc import MutableMapping as MM\n' } },
    { code: 'import base64\nbase64.encodestring(b"x")\n', unsafe: true, output: { py3: 'import base64\nbase64.encodebytes(b"x")\n' } },
  ],
});

ruleTester('itertools-i-function', {
  valid: ['import itertools\nitertools.chain(a, b)\n', 'itertools.izip(a, b)\n', 'import it as itertools\nitertools.izip(a)\n', 'from six.moves import zip\nzip(a, b)\n', 'try:\n    from itertools import izip\nexcept ImportError:\n    izip = zip\n',
    'from itertools import *\ndef izip(a, b):\n    pass\nizip(a, b)\n', 'from itertools import *\nx.izip(a)\nf(izip=1)\n', 'def f():\n    from itertools import *\n', 'izip(a, b)\n',
    { name: 'an alias rebound elsewhere may not be the module', code: 'import itertools as it\nit = iter(xs)\nit.izip(a)\n' }],
  invalid: [
    {
      code: 'import itertools\nfor a, b in itertools.izip(xs, ys):\n    pass\n', count: 1,
      output: { py3: 'for a, b in zip(xs, ys):\n    pass\n', compat: 'from six.moves import zip\nfor a, b in zip(xs, ys):\n    pass\n' },
    },
    { name: 'not iterated once: py3 fix unsafe', code: 'import itertools\nit = itertools.izip(xs, ys)\nnext(it)\n', output: { py3: null, compat: 'from six.moves import zip\nit = zip(xs, ys)\nnext(it)\n' } },
    { name: 'compat keeps the module-wide zip', code: 'import itertools\npairs = zip(a, b)\nfor p in itertools.izip(c, d):\n    pass\n', output: { compat: 'import six\npairs = zip(a, b)\nfor p in six.moves.zip(c, d):\n    pass\n' } },
    { code: 'import itertools\nitertools.izip_longest(a, b)\n', output: { py3: 'import itertools\nitertools.zip_longest(a, b)\n' } },
    {
      name: 'import itertools as it',
      code: 'import itertools as it\nprint(list(it.izip_longest([1], [2, 3])))\nfor x in it.imap(abs, xs):\n    pass\n', count: 2,
      output: {
        py3: 'import itertools as it\nprint(list(it.zip_longest([1], [2, 3])))\nfor x in map(abs, xs):\n    pass\n',
        compat: 'from six.moves import map, zip_longest\nprint(list(zip_longest([1], [2, 3])))\nfor x in map(abs, xs):\n    pass\n',
      },
    },
    { name: 'imap(None, ...) has no py3 fix', code: 'import itertools\nfor t in itertools.imap(None, a, b):\n    pass\n', output: { py3: null } },
    {
      code: 'from itertools import izip\nfor a, b in izip(xs, ys):\n    print(a)\n', count: 1,
      output: { py3: 'for a, b in zip(xs, ys):\n    print(a)\n', compat: 'from six.moves import zip as izip\nfor a, b in izip(xs, ys):\n    print(a)\n' },
    },
    {
      code: 'from itertools import chain, izip\nfor a, b in izip(xs, ys):\n    pass\n',
      output: { py3: 'from itertools import chain\nfor a, b in zip(xs, ys):\n    pass\n', compat: 'from itertools import chain\nfrom six.moves import zip as izip\nfor a, b in izip(xs, ys):\n    pass\n' },
    },
    { code: 'from itertools import ifilterfalse\n', output: { py3: 'from itertools import filterfalse as ifilterfalse\n', compat: 'from six.moves import filterfalse as ifilterfalse\n' } },
    {
      name: 'bare names after from itertools import * (test_itertools.py)',
      code: 'from itertools import *\nfor a, b in izip_longest(xs, ys):\n    pass\nodd = list(ifilterfalse(even, xs))\n', count: 2,
      output: {
        py3: 'from itertools import *\nfor a, b in zip_longest(xs, ys):\n    pass\nodd = list(filterfalse(even, xs))\n',
        compat: 'from itertools import *\nfrom six.moves import filterfalse, zip_longest\nfor a, b in zip_longest(xs, ys):\n    pass\nodd = list(filterfalse(even, xs))\n',
      },
    },
    {
      name: 'star import: a builtin twin is renamed where iterated once',
      code: 'from itertools import *\nfor a, b in izip(xs, ys):\n    pass\n', count: 1,
      output: { py3: 'from itertools import *\nfor a, b in zip(xs, ys):\n    pass\n' },
    },
  ],
});

ruleTester('string-module-function', {
  valid: ['import string\nstring.ascii_letters\nstring.digits\n', 'string.join(a, b)\n', 'def f(string):\n    return string.upper()\n', 'import string\ns.join(x)\n'],
  invalid: [
    {
      code: 'import string\nline = string.join(words, ", ")\nname = string.upper(string.strip(raw))\n', count: 3,
      output: { py3: 'line = ", ".join(words)\nname = raw.strip().upper()\n', compat: 'line = ", ".join(words)\nname = raw.strip().upper()\n' },
    },
    { code: 'import string\nstring.join(words)\n', output: { py3: "' '.join(words)\n" } },
    { code: 'import string\nstring.split(a + b, ",", 1)\n', output: { py3: '(a + b).split(",", 1)\n' } },
    { code: 'import string\nn = string.atoi(s, 16)\nf = string.atof(t)\n', output: { py3: 'n = int(s, 16)\nf = float(t)\n' } },
    { name: 'string.atoi base 0 read "010" as octal', code: 'import string\nn = string.atoi(s, 0)\n', output: { py3: null } },
    { name: 'string.atoi with a base that may be 0', code: 'import string\nn = string.atoi(s, base)\n', output: { py3: null } },
    { name: 'string.atoi base 0, unsafe', code: 'import string\nn = string.atoi(s, 0)\n', unsafe: true, output: { py3: 'n = int(s, 0)\n' } },
    { name: 'letters is unsafe (locale)', code: 'import string\nstring.letters\n', output: { py3: null } },
    { code: 'import string\nstring.letters\n', unsafe: true, output: { py3: 'import string\nstring.ascii_letters\n', compat: 'import string\nstring.ascii_letters\n' } },
    { code: 'from string import lowercase, digits\n', unsafe: true, output: { py3: 'from string import ascii_lowercase as lowercase, digits\n' } },
    { name: 'join with side effects on both sides: unsafe', code: 'import string\nstring.join(f(), g())\n', output: { py3: null } },
    { code: 'import string\nstring.maketrans("ab", "cd")\n', unsafe: true, output: { py3: 'str.maketrans("ab", "cd")\n', compat: null } },
    { code: 'from string import join\n', count: 1, output: { py3: null } },
    { code: 'import string\nf = string.upper\n', count: 1, output: { py3: null } },
  ],
});

ruleTester('types-module-constant', {
  valid: ['import types\ntypes.FunctionType\n', 'types.StringType\n'],
  invalid: [
    { name: 'a rebound builtin: flagged, not fixed', code: 'import types\ndict = MyDict\ntypes.DictType\n', count: 1, output: { py3: null } },
    { code: 'import types\nif type(x) in (types.DictType, types.NoneType):\n    pass\n', count: 2, output: { py3: 'if type(x) in (dict, type(None)):\n    pass\n', compat: 'if type(x) in (dict, type(None)):\n    pass\n' } },
    {
      name: 'NotImplementedType and EllipsisType (test_sys.py)', code: 'import types\ncheck(types.NotImplementedType, types.EllipsisType)\n', count: 2, message: '3.10+',
      output: { py3: 'check(type(NotImplemented), type(Ellipsis))\n', compat: 'check(type(NotImplemented), type(Ellipsis))\n' },
    },
    { code: 'import types\nisinstance(x, types.StringTypes)\n', unsafe: true, output: { py3: 'isinstance(x, (str,))\n', compat: 'import six\nisinstance(x, six.string_types)\n' } },
    { code: 'import types\nisinstance(x, types.IntType)\n', output: { py3: null } },
    { code: 'import types\nisinstance(x, types.InstanceType)\n', count: 1, message: 'old-style', output: { py3: null } },
    { code: 'from types import StringType\n', count: 1, output: { py3: null } },
  ],
});

ruleTester('operator-removed-function', {
  valid: ['import operator\noperator.contains(a, b)\n', 'operator.isCallable(f)\n', 'import operator\noperator.mul(2, 3)\n'],
  invalid: [
    { code: 'import operator\nok = operator.isCallable(f) and operator.sequenceIncludes(a, b)\n', count: 2, output: { py3: 'import operator\nok = callable(f) and operator.contains(a, b)\n' } },
    { code: 'import operator\nr = reduce(operator.repeat, [[1], 3])\n', output: { py3: 'import operator\nr = reduce(operator.mul, [[1], 3])\n' } },
    { name: 'isMappingType: unsafe', code: 'import operator\noperator.isMappingType(d)\n', output: { py3: null } },
    {
      code: 'import operator\noperator.isMappingType(d)\n', unsafe: true,
      output: { py3: 'import collections.abc\nisinstance(d, collections.abc.Mapping)\n', compat: 'import six\nisinstance(d, six.moves.collections_abc.Mapping)\n' },
    },
    { code: 'import operator\noperator.isNumberType(n)\n', unsafe: true, output: { py3: 'import numbers\nisinstance(n, numbers.Number)\n' } },
    { code: 'from operator import isCallable\n', count: 1, output: { py3: null } },
  ],
});

ruleTester('operator-div', {
  valid: ['import operator\noperator.truediv(1, 2)\n', 'x.div(1)\n'],
  invalid: [
    { code: 'import operator\nreduce(operator.div, xs)\n', count: 1, message: 'floordiv', output: { py3: null, compat: null } },
    { code: 'from operator import div, idiv\n', count: 2 },
  ],
});

ruleTester('sys-exc-clear', {
  valid: ['import sys\nsys.exc_info()\n', 'exc_clear()\n'],
  invalid: [
    { code: 'import sys\nsys.exc_clear()\n', output: { py3: null } },
    { code: 'import sys\ntry:\n    f()\nexcept E:\n    pass\nsys.exc_clear()\nprint(1)\n', unsafe: true, output: { py3: 'try:\n    f()\nexcept E:\n    pass\nprint(1)\n' } },
    { code: 'import sys\ndef f():\n    sys.exc_clear()\n', unsafe: true, output: { py3: 'def f():\n    pass\n' } },
  ],
});

ruleTester('sys-exitfunc', {
  valid: ['import sys\natexit.register(f)\n'],
  invalid: [
    { code: 'import sys\nsys.exitfunc = cleanup\n', output: { py3: 'import atexit\natexit.register(cleanup)\n' } },
    { name: 'chaining: not fixed', code: 'import sys\nold = sys.exitfunc\nsys.exitfunc = cleanup\n', count: 2, output: { py3: null } },
    { name: 'inside a function: not fixed', code: 'import sys\ndef setup():\n    sys.exitfunc = cleanup\n', count: 1, output: { py3: null } },
  ],
});

ruleTester('cmp-argument', {
  valid: ['sorted(xs, key=f)\n', 'xs.sort(key=f)\n', 'sorted(xs)\n', 'def sorted(a, b):\n    pass\nsorted(xs, f)\n', 'f(cmp=g)\n',
    { name: 'another object\'s sort(column)', code: 'df.sort("col")\nlb.sort(col)\n' },
    { name: 'a one-parameter function is a key, not a cmp', code: 'def k(a):\n    return a\nxs.sort(k)\nys.sort(lambda a: a)\n' }],
  invalid: [
    { code: 'ranked = sorted(xs, cmp=by_score)\n', output: { py3: 'import functools\nranked = sorted(xs, key=functools.cmp_to_key(by_score))\n', compat: 'import functools\nranked = sorted(xs, key=functools.cmp_to_key(by_score))\n' } },
    { code: 'xs.sort(cmp=lambda a, b: cmp(b, a), reverse=True)\n', output: { py3: 'import functools\nxs.sort(key=functools.cmp_to_key(lambda a, b: cmp(b, a)), reverse=True)\n' } },
    { code: 'sorted(xs, by_score)\n', output: { py3: 'import functools\nsorted(xs, key=functools.cmp_to_key(by_score))\n' } },
    { name: 'key too: not fixed', code: 'xs.sort(cmp=c, key=k)\n', output: { py3: null } },
    { name: 'cmp=None: not fixed', code: 'sorted(xs, cmp=None)\n', output: { py3: null } },
    { code: 'sorted(xs, c, k, True)\n', count: 1, output: { py3: null } },
    { name: 'list.sort(lambda) by position', code: 'xs.sort(lambda a, b: a[1] - b[1])\n', output: { py3: 'import functools\nxs.sort(key=functools.cmp_to_key(lambda a, b: a[1] - b[1]))\n' } },
    { name: 'list.sort(cmp_function, reverse=True)', code: 'def by_len(a, b):\n    return len(a) - len(b)\nws.sort(by_len, reverse=True)\n', output: { py3: 'import functools\n\n\ndef by_len(a, b):\n    return len(a) - len(b)\nws.sort(key=functools.cmp_to_key(by_len), reverse=True)\n' } },
    { name: 'list.sort(self.compare)', code: 'class C:\n    def compare(self, a, b):\n        return 0\n    def f(self):\n        self.xs.sort(self.compare)\n', count: 1 },
    { name: 'list.sort(cmp)', code: 'xs.sort(cmp)\n', count: 1 },
    { name: 'list.sort(f, k) by position: not fixed', code: 'xs.sort(lambda a, b: 0, k)\n', count: 1, output: { py3: null } },
  ],
});
