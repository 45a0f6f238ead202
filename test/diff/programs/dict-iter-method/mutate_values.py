# Assigning existing keys while iterating iteritems() is fine; adding a key raises RuntimeError on both.
d = {'a': 1, 'b': 2}
for k, v in d.iteritems():
    d[k] = v * 10
print sorted(d.items())
it = d.iteritems()
first = next(it)
d['c'] = 3
try:
    next(it)
    print 'no error'
except RuntimeError:
    print 'changed size'
