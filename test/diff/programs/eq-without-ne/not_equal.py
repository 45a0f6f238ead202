# diff: differs
# Without __ne__, Python 2 `!=` compares identity; Python 3 derives it from __eq__.
class Money(object):
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    __hash__ = None

a, b = Money(5), Money(5)
print a == b, a != b, a != a
