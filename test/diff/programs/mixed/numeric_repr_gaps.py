# diff: bug: Python 2 longs print an L suffix in repr (lists, %r, backticks) and unicode reprs carry a u prefix; after the long-suffix / backtick fixes Python 3 prints neither and no rule reports it
big = 2 ** 70
small = 5L
print [small], repr(small), '%r' % (big,)
print `big`[-1], repr(u'x'), [u'a', 'b']
