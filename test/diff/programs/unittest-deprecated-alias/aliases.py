# Deprecated TestCase aliases called directly, passing and failing.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(name, check):
    try:
        check()
        print(name + " ok")
    except AssertionError:
        print(name + " failed")


attempt("equals", lambda: t.assertEquals(1 + 1, 2))
attempt("equals-bad", lambda: t.assertEquals(1, 2))
attempt("not-equals", lambda: t.assertNotEquals(1, 2))
attempt("almost", lambda: t.assertAlmostEquals(1.0, 1.00000001))
attempt("fail-unless", lambda: t.failUnless(0))
attempt("fail-if", lambda: t.failIf(0))
attempt("assert_", lambda: t.assert_([1]))
attempt("fail-unless-equal", lambda: t.failUnlessEqual("a", "a"))
attempt("items", lambda: t.assertItemsEqual([3, 1, 2, 1], [1, 1, 2, 3]))
attempt("items-bad", lambda: t.assertItemsEqual([1, 2], [1, 2, 2]))
attempt("regexp", lambda: t.assertRegexpMatches("abc123", r"\d+"))
attempt("not-regexp", lambda: t.assertNotRegexpMatches("abc", r"\d"))
attempt("raises", lambda: t.failUnlessRaises(ValueError, int, "x"))
with t.assertRaisesRegexp(ValueError, "invalid literal"):
    int("x")
print("raises-regexp ok")
attempt("raises-regexp-call", lambda: t.assertRaisesRegexp(KeyError, "zz", {}.__getitem__, "zz"))
