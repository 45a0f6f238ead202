"""reduce is functools.reduce."""
from __future__ import print_function
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, s: acc + s.upper(), ['a', 'b'], ''))
try:
    reduce(operator.add, [])
except TypeError:
    print('TypeError')


def fold(xs):
    return reduce(max, xs)


print(fold([3, 9, 2]))
