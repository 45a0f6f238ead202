# diff: differs (Flag(1): Python 2 took an int from __nonzero__, Python 3's __bool__ must return a bool, so the alias is only an unsafe fix here)
# __nonzero__ deciding truth in if, while, not, and bool(); __len__ must not be consulted.
class Flag(object):
    def __init__(self, on):
        self.on = on
    def __nonzero__(self):
        return self.on
    def __len__(self):
        return 99

print bool(Flag(True)), bool(Flag(False)), not Flag(False)
print [i for i, f in enumerate([Flag(1), Flag(0), Flag(1)]) if f]
f = Flag(True)
n = 0
while f:
    n += 1
    f.on = n < 3
print n
