# Only plain literals are byte strings: u'' and b'' ones are left alone, and raw ones are the same on both.
from __future__ import print_function

text = u'\u00e9'
raw = r'\u00e9'
data = b'\u00e9'
plain = '\u00e9'
print([ord(c) for c in text], [ord(c) for c in raw], list(bytearray(data)), [ord(c) for c in plain])
print(plain == raw, len(plain))
