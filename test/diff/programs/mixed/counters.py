# diff: differs
# An iterator class with next(), iterators consumed twice, itertools.izip and dict.iteritems.
import itertools

class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(3)
print list(c), list(c)
letters = itertools.izip('abc', itertools.count(1))
print list(letters), list(letters)
d = dict(itertools.izip('xyz', range(3)))
print sorted(d.iteritems())
squares = itertools.imap(lambda n: n * n, range(4))
print list(squares)
