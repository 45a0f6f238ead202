# assertEquals / assert_ / failUnless / assertNotEquals / assertRegexpMatches on a TestCase.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
t.assertEquals(1, 1)
t.assert_(True)
t.failUnless(2 > 1)
t.assertNotEquals(1, 2)
t.assertRegexpMatches('abc', 'b')
t.failIf(False)
print 'asserts ok'
