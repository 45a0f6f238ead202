# diff: differs (chr(200) is a one-byte str on Python 2 and the text U+00C8 on Python 3: chr-non-ascii reports it; bytearray(str) is not reported)
c = chr(200)
print len(c), repr(c), c == '\xc8'
s = 'abc'
print s[0] == 'a', [ord(ch) for ch in s], bytearray('hi')[0]
