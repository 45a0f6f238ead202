# diff: differs[old-style-property-setter] (a property setter is ignored on a Python 2 old-style class and runs on Python 3: reported by the default-on old-style-property-setter, no safe fix)
class Temperature:
    def __init__(self):
        self._c = 0
    def _get(self):
        return self._c
    def _set(self, value):
        self._c = value * 10
    celsius = property(_get, _set)

t = Temperature()
t.celsius = 3
print t.celsius, t._c
