# `<>` calls __ne__ exactly like `!=` does: the fix must keep the call.
class Probe(object):
    calls = []

    def __init__(self, n):
        self.n = n

    def __ne__(self, other):
        Probe.calls.append((self.n, other.n))
        return self.n % 2 != other.n % 2

    def __eq__(self, other):
        return not self.__ne__(other)

p, q, r = Probe(1), Probe(3), Probe(4)
print(p <> q)
print(p <> r)
print(Probe.calls)
s = '<> inside a string stays'  # and <> inside a comment stays
print(s)
