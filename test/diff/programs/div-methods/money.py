from __future__ import print_function
class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __div__(self, n):
        return Money(self.cents // n)

    def __rdiv__(self, n):
        return n // self.cents

    def __idiv__(self, n):
        self.cents = self.cents // n
        return self

    def __repr__(self):
        return "Money(%d)" % self.cents


class Ratio(object):
    def __div__(self, other): return "div"
    __truediv__ = __div__


m = Money(1000)
print(m / 3)
print(100 / Money(7))
m /= 4
print(m)
print(Ratio() / 2)
