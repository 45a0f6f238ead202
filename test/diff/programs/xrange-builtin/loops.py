from __future__ import print_function
# xrange is lazy in Python 2 exactly like range in Python 3.
total = 0
for i in xrange(10):
    total += i
print(total)
print(list(xrange(2, 20, 3)))
print(len(xrange(7)), 5 in xrange(7), 7 in xrange(7))
print(sum(x * x for x in xrange(5)))
print(xrange(10)[3], xrange(10)[-1])
print(sorted(xrange(5, 0, -1)))
r = xrange(3)
print(list(r), list(r))
print([i for i in reversed(xrange(4))])
