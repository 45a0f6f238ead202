# diff: differs[classic-division]
# __div__ / __rdiv__ / __idiv__ on a vector class (no __truediv__ yet); the `/` inside on unknown
# operands keeps its classic-division finding.
class Vec(object):
    def __init__(self, *xs):
        self.xs = xs
    def __div__(self, k):
        return Vec(*[x / k for x in self.xs])
    def __rdiv__(self, k):
        return Vec(*[k / x for x in self.xs])
    def __idiv__(self, k):
        self.xs = tuple(x // k for x in self.xs)
        return self
    def __repr__(self):
        return 'Vec%r' % (self.xs,)

v = Vec(8, 6)
print v / 2, 24 / v
v /= 4
print v
