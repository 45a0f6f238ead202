# diff: differs
# __getslice__ is never called by Python 3: obj[i:j] goes to __getitem__ with a slice object.
class Window(object):
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i] * 10

    def __getslice__(self, i, j):
        return 'slice %d:%d' % (i, j)

w = Window([1, 2, 3, 4])
print w[1]
print w[1:3]
