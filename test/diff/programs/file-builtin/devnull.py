# diff: unsafe
from __future__ import print_function
# file(...) and open(...) are the same on Python 2; reading an empty file gives an empty string.
import os

f = file(os.devnull)
print(repr(f.read()), f.closed)
f.close()
print(f.closed)
with file(os.devnull, 'w') as out:
    out.write('ignored')
print(out.closed)
