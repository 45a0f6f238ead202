# diff: unsafe
# An iterator class defining next(); used by for, list() and next().
class Walker(object):
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def next(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

print [x for x in Walker('abc')]
w = Walker([1, 2])
print next(w), list(w)
