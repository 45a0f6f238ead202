# -*- coding: latin-1 -*-
# With a latin-1 cookie the byte string holds the latin-1 byte of each character.
from __future__ import print_function

samples = [b"café", b"£ and ½", br"é\d"]
for s in samples:
    print(len(s), list(bytearray(s)))
