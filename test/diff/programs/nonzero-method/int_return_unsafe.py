# diff: unsafe
# __nonzero__ returning ints: the unsafe fix adds __bool__ returning bool(self.__nonzero__()).
class Bag(object):
    def __init__(self, items):
        self.items = items
    def __nonzero__(self):
        return len(self.items)
    def __len__(self):
        return 99

class Sub(Bag):
    def __nonzero__(self):
        return 0

print bool(Bag([])), bool(Bag([1, 2])), not Bag([]), bool(Sub([1]))
print [i for i, b in enumerate([Bag([1]), Bag([]), Bag([0])]) if b]
