from __future__ import print_function


def firsts(xs):
    it = iter(xs)
    a = it.next()
    b = it.next()
    return a, b

print(firsts('abc'))
print(enumerate('xy').next(), (c for c in 'q').next())
