# A class's __repr__ is what backticks call.
class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

p = Point(1, 2)
print(`p`)
print(`[p, p]`)
print(`p, p`)
labels = dict((`i`, i) for i in range(3))
print(sorted(labels))
def show(v):
    return '<' + `v` + '>'
print(show(p))
print(show(`p`))
