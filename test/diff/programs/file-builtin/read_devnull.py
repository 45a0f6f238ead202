# diff: unsafe
# file() opens like open(); reading os.devnull gives nothing on both versions.
import os
f = file(os.devnull, 'r')
print repr(f.read()), f.closed
f.close()
print f.closed
