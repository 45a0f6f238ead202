# diff: unsafe
from __future__ import print_function


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n  # value


class Twice:
    def __init__(self):
        self.left = 2

    def __iter__(self):
        return self

    def next(self):
        if not self.left:
            raise StopIteration
        self.left -= 1
        return 'x'

print(list(Countdown(3)))
print([t for t in Twice()])
print(next(Countdown(5)))
