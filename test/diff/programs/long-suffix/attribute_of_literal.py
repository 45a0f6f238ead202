# A long literal followed by an attribute: `7L.bit_length()` must not become `7.bit_length()`.
print -7L.__index__()
print 255L.bit_length(), 0xFFL.bit_length()
print (10L).__abs__()
