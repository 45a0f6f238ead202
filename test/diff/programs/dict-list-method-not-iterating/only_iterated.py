from __future__ import print_function
# Only iterated: no list() is added, and the views behave like the lists did.
d = {'a': 1, 'b': 2, 'c': 3}
total = 0
for k in d.keys():
    total += d[k]
print(total)
print(sorted(d.items()))
print(len(d.values()), 'a' in d.keys(), 'z' in d.keys(), 3 in d.values())
print(','.join(sorted(k.upper() for k in d.keys())))
print(sum(d.values()), max(d.values()), min(d.keys()))
print(set(d.keys()) == set('abc'))
one = {'k': 'v'}
(k, v), = one.items()
print(k, v)
if one.keys():
    print('not empty')


def count(mapping):
    ks = mapping.keys()
    n = 0
    for key in ks:
        n += 1
    return n, len(ks)

print(count(d))
print(d.keys()[0] in 'abc')
