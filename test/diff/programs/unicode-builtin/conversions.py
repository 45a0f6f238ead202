# diff: unsafe
# unicode() of ASCII text and of numbers; compared rather than printed (reprs differ).
print unicode('abc') == u'abc', unicode(12) == u'12', len(unicode('xyz'))
