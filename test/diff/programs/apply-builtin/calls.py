from __future__ import print_function
# apply(f, args[, kw]) is f(*args[, **kw]); arguments are evaluated in the same order.
order = []


def note(label, value):
    order.append(label)
    return value


def show(*args, **kw):
    return '%r %r' % (args, sorted(kw.items()))


class Box(object):
    def __init__(self, n):
        self.n = n

    def times(self, k):
        return self.n * k


print(apply(show, (1, 2)))
print(apply(show, [3], {'b': 4, 'a': 5}))
print(apply(show, ()))
print(apply(Box(6).times, (7,)))
print(apply(note('f', show), note('args', (8,)), note('kw', {'c': 9})))
print(order)
print(apply(lambda *a: sum(a), range(4)))
print(apply(max, (1, 2) + (3,)))
args = (10, 20)
print(apply(show if args else max, args or (1,)))
print(apply(show))
