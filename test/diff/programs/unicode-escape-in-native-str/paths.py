# Windows-style paths with \U and \N in native strings: Python 2 keeps the backslash.
path = 'C:\Users\Nobody\new'
print len(path), path.count('\\')
print 'a\u0041b', len('\N{X}')
