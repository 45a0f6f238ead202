import { ruleTester } from '../ruleTester';

ruleTester('unittest-deprecated-alias', {
  valid: [
    'self.assertEqual(a, b)\n',
    'def assertEquals(self, a, b):\n    pass\nself.assertEquals(1, 1)\n',
    'assertEquals(a, b)\n',
    'six.assertCountEqual(self, a, b)\n',
    'x = "self.assertEquals"\n',
    { name: 'a namedtuple field of that name', code: "TestInfo = namedtuple('TestInfo', ['string', 'assert_'])\nfor test in tests:\n    test.assert_(f())\n" },
    { name: 'a namedtuple field in a space-separated list', code: 'Case = collections.namedtuple("Case", "text failIf")\nc.failIf(x)\n' },
  ],
  invalid: [
    { name: 'a namedtuple without that field', code: "T = namedtuple('T', ['assert_x'])\nself.assert_(z)\n", count: 1 },
    { code: 'self.assertEquals(a, b)\n', count: 1, message: 'removed in Python 3.12', output: { py3: 'self.assertEqual(a, b)\n', compat: 'self.assertEqual(a, b)\n' } },
    { code: 'self.failUnless(x)\nself.failIf(y)\nself.assert_(z)\n', count: 3, output: { py3: 'self.assertTrue(x)\nself.assertFalse(y)\nself.assertTrue(z)\n' } },
    {
      code: 'self.assertItemsEqual(a, b)\n',
      message: 'renamed `assertCountEqual`',
      output: { py3: 'self.assertCountEqual(a, b)\n', compat: 'import six\nsix.assertCountEqual(self, a, b)\n' },
    },
    {
      code: 'with self.assertRaisesRegexp(ValueError, "bad"):\n    f()\n',
      output: { py3: 'with self.assertRaisesRegex(ValueError, "bad"):\n    f()\n', compat: 'import six\nwith six.assertRaisesRegex(self, ValueError, "bad"):\n    f()\n' },
    },
    { code: 'check = self.assertRegexpMatches\n', output: { py3: 'check = self.assertRegex\n', compat: null } },
    { code: 'make().assertItemsEqual(a, b)\n', output: { compat: null } },
  ],
});
