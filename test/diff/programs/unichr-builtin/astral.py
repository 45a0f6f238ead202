# unichr() beyond the BMP (2.7.18 here is a wide build, like Python 3).
c = unichr(0x1F600)
print len(c), ord(c[0])
