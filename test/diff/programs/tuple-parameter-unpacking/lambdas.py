# diff: unsafe
# Lambdas with tuple parameters, called with tuples of the right length (where indexing
# behaves like unpacking): the unsafe fix is behaviour-preserving here.
from __future__ import print_function


class Box(object):
    x = 'attr'

o = Box()
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=lambda (k, v): v))
print(list(map(lambda (k, v): k * v, pairs)))
swap = lambda (x, y): (y, x)
print(swap((1, 2)))
print((lambda (x, y): [x, o.x, dict(x=y)])((1, 2)))
deep = lambda ((a, b), c), d=10: a + b * c + d
print(deep(((1, 2), 3)))
print(deep(((1, 2), 3), 0))
print((lambda (x): x * 3)(x=2))
print((lambda(x): x + 1)(1))
defaults = lambda (a, b)=(4, 5): a * b
print(defaults())
