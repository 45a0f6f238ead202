# diff: differs (a printed or repr()d xrange object shows as "range(0, 3)" on Python 3: its fix is unsafe there)
r = xrange(3)
print r, len(r), r[1], list(reversed(r))
print repr(xrange(1, 10, 2))
