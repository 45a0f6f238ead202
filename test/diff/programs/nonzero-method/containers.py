# diff: bug: nonzero-method's safe fix makes __nonzero__ the __bool__ hook, but Python 2 accepted an int from __nonzero__ and Python 3 raises TypeError unless __bool__ returns a bool (Flag(1) here)
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
