# diff: differs
# A class ordered only by __cmp__: Python 3 sorted() raises TypeError and == falls back to identity.
class Version(object):
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __cmp__(self, other):
        return cmp(self.parts, other.parts)

    def __repr__(self):
        return 'Version(%s)' % '.'.join(str(p) for p in self.parts)

vs = [Version('1.10'), Version('1.2'), Version('0.9.1')]
print sorted(vs)
print Version('2.0') == Version('2.0'), max(vs)
