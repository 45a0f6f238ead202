# Tuple parameters in `def`: every call form Python 2 allows behaves the same after the fix.
from __future__ import print_function


def point(label, (x, y)):
    """Formats a labelled point."""
    return '%s=(%d, %d)' % (label, x, y)


def nested(((a, b), c), d=0):
    return [a, b, c, d]


def with_default(x, (a, b)=(1, 2)):
    return x + a * b


def same_line((a, b)): return a - b


def doc_same_line((a, b)): "Subtracts."; return b - a


def rest((a, b), *args, **kwargs):
    return a, b, args, sorted(kwargs.items())


def clash((a, b)):
    a_b = 'taken'
    return a_b, a, b


def single((x,)):
    return x * 2


def paren_only((x)):
    return x + 1


def closure((a, b)):
    def inner():
        return a * 10 + b
    return inner()


def gen((first, second)):
    yield first
    yield second


class Shape(object):
    def move(self, (dx, dy)):
        """Moves by a vector."""
        return (dx + 1, dy + 1)


print(point('p', (3, 4)))
print(point.__doc__)
print(nested(((1, 2), 3)))
print(nested([[1, 2], 3], d=9))
print(with_default(10))
print(with_default(10, (3, 4)))
print(same_line((7, 2)))
print(doc_same_line((7, 2)), doc_same_line.__doc__)
print(rest('ab', 1, 2, k=3))
print(clash((5, 6)))
print(single([21]))
print(paren_only(x=1))
print(closure((4, 2)))
print(list(gen(iter('xy'))))
print(Shape().move((1, 2)), Shape.move.__doc__)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        point('bad', bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
g = gen(5)
print('generator created')
try:
    next(g)
except TypeError as e:
    print('TypeError on first next()')
