# cmp functions returning booleans or big ints, bound methods as cmp, and a cmp that only says less or more.
class Ranker(object):
    def __init__(self, weights):
        self.weights = weights
    def compare(self, a, b):
        return self.weights[a] - self.weights[b]

r = Ranker({'x': 3, 'y': 1, 'z': 2})
print sorted('xyz', cmp=r.compare)
print sorted([3, 1, 2], cmp=lambda a, b: a > b)
print [str(n) for n in sorted([2 ** 70, 1, 2 ** 65], cmp=lambda a, b: (a < b) - (a > b))]
print sorted(['b', 'A', 'c'], cmp=lambda a, b: -1 if a.lower() < b.lower() else 1)
