import { ruleTester } from '../ruleTester';

ruleTester('str-literal-decode', {
  valid: ["b'abc'.decode('utf-8')\n", "u'abc'.encode('utf-8')\n", "s.decode('utf-8')\n", "from __future__ import unicode_literals\nx = 'abc'.decode('ascii')\n", "'abc'.upper()\n"],
  invalid: [
    { code: "x = 'abc'.decode('utf-8')\n", count: 1, output: { py3: "x = 'abc'\n", compat: "x = u'abc'\n" } },
    { code: 'x = "a\\tb".decode()\n', output: { py3: 'x = "a\\tb"\n', compat: 'x = u"a\\tb"\n' } },
    { name: 'non-ASCII escape: flagged, not fixed', code: "x = '\\xe9'.decode('latin-1')\n", count: 1, output: { py3: null, compat: null } },
    { name: 'unknown codec: not fixed', code: "x = 'abc'.decode('hex')\n", count: 1, output: { py3: null } },
    { name: 'raw literal: not fixed', code: "x = r'a'.decode('ascii')\n", count: 1, output: { py3: null } },
  ],
});

ruleTester('gettext-unicode-api', {
  valid: ["gettext.install('app')\n", "t.gettext('x')\n", 'f(unicode=True)\n', 'install(names=1)\n'],
  invalid: [
    { code: "gettext.install('app', unicode=True)\n", output: { py3: "gettext.install('app')\n", compat: "import six\ngettext.install('app', **({'unicode': True} if six.PY2 else {}))\n" } },
    {
      name: 'unicode= before another keyword: the compat splat moves to the end (Python 2.7 wants ** last)',
      code: "gettext.install('app', unicode=True, names=['ngettext'])\n",
      output: {
        py3: "gettext.install('app', names=['ngettext'])\n",
        compat: "import six\ngettext.install('app', names=['ngettext'], **({'unicode': True} if six.PY2 else {}))\n",
      },
    },
    { code: 't.install(unicode=True)\n', output: { py3: 't.install()\n' } },
    { name: 'unicode=False: unsafe', code: "gettext.install('app', unicode=False)\n", output: { py3: null } },
    { code: '_ = t.ugettext\n', unsafe: true, output: { py3: '_ = t.gettext\n', compat: null } },
  ],
});
