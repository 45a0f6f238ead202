from __future__ import print_function
class Flag(object):
    def __init__(self, on):
        self.on = on

    def __nonzero__(self):
        return bool(self.on)  # the truth value (a bool: Python 3 rejects an int from __bool__)

    def __repr__(self):
        return "Flag(%r)" % self.on


class Sized(object):
    def __len__(self):
        return 3

    def __nonzero__(self):
        return False


class Sub(Flag):
    pass


for obj in [Flag(True), Flag(False), Sized(), Sub(True), Sub(False)]:
    print(repr(obj) if isinstance(obj, Flag) else "Sized", bool(obj), "yes" if obj else "no", not obj)
print([x.on for x in filter(None, [Flag(True), Flag(False)])])
