from __future__ import print_function
# keys()/values()/items() used as lists: indexed, sorted in place, concatenated, compared, printed.
d = {'b': 2}
print(d.keys()[0], d.values()[0], d.items()[0])
print(d.keys())
print(d.items() == [('b', 2)])
e = {'a': 1, 'c': 3, 'b': 2}
names = e.keys()
names.sort()
print(names)
values = e.values()
values.sort(reverse=True)
print(values)
both = sorted(d.keys() + e.keys())
print(both)


def pairs(mapping):
    return mapping.items()

got = pairs({'x': 1})
print(got, type(got).__name__)
