# -*- coding: utf-8 -*-
# Python 2 stores the UTF-8 bytes of non-ASCII characters in a byte string literal.
from __future__ import print_function

samples = [
    b"café",
    B'naïve ☃',
    b"mixed \xff é \x00",
    b"\é",
    b"""line one é
line two à\"""",
    br"\d+é\\",
    bR'raw \' ü',
    b"😀",
    b"é" b"plain" b"à",
]
for s in samples:
    print(len(s), list(bytearray(s)))
print(b"é".decode('utf-8') == u"\u00e9")
