# diff: unsafe
from __future__ import print_function


def gen():
    yield 1
    yield 2

g = gen()
print(g.next(), g.next())
lines = iter(['l1', 'l2'])
print(lines.next())
