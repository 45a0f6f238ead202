# diff: differs
# Mixed arithmetic through __coerce__ (old-style class): Python 3 never calls it.
class Meters:
    def __init__(self, n):
        self.n = n

    def __coerce__(self, other):
        if isinstance(other, Meters):
            return self, other
        return self, Meters(other)

    def __add__(self, other):
        return Meters(self.n + other.n)

    def __repr__(self):
        return 'Meters(%r)' % self.n

print Meters(2) + 3
print Meters(1) + Meters(4)
