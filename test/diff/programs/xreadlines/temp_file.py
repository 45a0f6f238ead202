from __future__ import print_function
import tempfile
f = tempfile.TemporaryFile('w+')
f.write('one\ntwo\nthree\n')
f.seek(0)
for line in f.xreadlines():
    print(line.rstrip())
f.seek(0)
lines = f.xreadlines()
print(next(lines).rstrip())
f.seek(0)
print(sorted(l.strip() for l in f.xreadlines()))
f.close()
