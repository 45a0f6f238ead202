# diff: differs
# __eq__ without __hash__: Python 3 makes the instances unhashable.
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

p = Point(1, 2)
seen = set([p])
print p in seen, len(seen)
print {p: 'a'}[p]
