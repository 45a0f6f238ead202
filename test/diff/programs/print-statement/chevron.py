# print >>file: to sys.stdout, to None (stdout too), to an object with write(), and a bare chevron.
import sys


class Recorder(object):
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


rec = Recorder()
print >>sys.stdout, "to stdout", 1
print >>None, "to None means stdout"
print >> sys.stdout, "spaced", "chevron"
print >>rec, "recorded", 2
print >>rec
print >>rec, "last"
print repr("".join(rec.parts))
out = sys.stdout
print >>out, "via a name"
streams = [rec, sys.stdout]
print >>streams[1], "via a subscript"
print >>getattr(sys, "stdout"), "via a call"
