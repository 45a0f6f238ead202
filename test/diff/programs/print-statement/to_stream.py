# print >>stream with a file-like object and sys.stdout, and an empty `print >>f`.
import sys
class Buffer(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def getvalue(self):
        return ''.join(self.parts)

buf = Buffer()
print >>buf, 'to buffer', 42
print >>buf
print >>buf, 'second'
print >>sys.stdout, 'direct', [1, 2]
print repr(buf.getvalue())
