# -*- coding: utf-8 -*-
# A non-ASCII character inside b'' becomes \x escapes of its UTF-8 bytes.
data = b'naïve'
print len(data), [ord(data[i:i + 1]) for i in range(len(data))]
print data == b'na\xc3\xafve'
