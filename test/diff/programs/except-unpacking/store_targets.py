# `except E, self.err:` / `except E, box[0]:` assign the instance to the target first.
class Holder(object):
    def __init__(self):
        self.err = None
        self.log = []

    def attempt(self, fn):
        try:
            fn()
        except (ZeroDivisionError, KeyError), self.err:
            self.log.append(type(self.err).__name__)

h = Holder()
h.attempt(lambda: 1 // 0)
h.attempt(lambda: {}['x'])
print(h.log)
print(repr(h.err.args))

box = [None, None]
i = 1
try:
    [][3]
except IndexError, box[i]: print('stored ' + str(box[1]))
print(box[0] is None)
