# reduce with and without an initial value, on strings, lists and an empty sequence.
import operator
print reduce(operator.add, [1, 2, 3, 4])
print reduce(lambda acc, w: acc + w[0], ['alpha', 'beta', 'gamma'], '')
print reduce(operator.mul, range(1, 8), 1)
print reduce(lambda a, b: a + b, [], 'empty')
def longest(a, b):
    return a if len(a) >= len(b) else b
print reduce(longest, 'one three five eleven two'.split())
try:
    reduce(operator.add, [])
except TypeError:
    print 'empty without initial'
