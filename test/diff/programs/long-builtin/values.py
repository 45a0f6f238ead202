# diff: unsafe
# long() on strings with bases and on floats; printed with str() so Python 2's L never shows.
print str(long('123')), str(long('ff', 16)), str(long(3.9)), str(long(-2.5))
print isinstance(long(1), (int, long))
