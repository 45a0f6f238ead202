# f.xreadlines() on a real (empty) file, and on a file-like class that also iterates.
import os
class Lines(object):
    def __init__(self, text):
        self.lines = text.splitlines(True)

    def __iter__(self):
        return iter(self.lines)

    def xreadlines(self):
        return iter(self.lines)

f = open(os.devnull)
print len([l for l in f.xreadlines()])
f.close()
for line in Lines('one\ntwo\n').xreadlines():
    print line.strip().upper()
