from __future__ import print_function
d = {'a': 1, 'b': 2, 'c': 3}
for k, v in sorted(d.iteritems()):
    print(k, v)
print(sum(d.itervalues()), sorted(d.iterkeys()))
print([k for k in sorted(d.iterkeys())])
one = {'only': 42}
print(next(one.itervalues()), next(one.iterkeys()))
it = one.iteritems()
print(list(it), list(it))
print(dict((v, k) for k, v in d.iteritems()) == {1: 'a', 2: 'b', 3: 'c'})


def first_items(mapping):
    items = mapping.iteritems()
    for pair in items:
        return pair

print(first_items(one))
try:
    for k in d.iterkeys():
        del d[k]
except RuntimeError as e:
    print('RuntimeError')
