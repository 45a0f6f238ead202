from __future__ import print_function
names = ['b', 'a', 'c']
scores = [2, 1, 3]
pairs = zip(names, scores)
pairs.sort()
print(pairs, len(pairs), pairs[0])
print(zip('ab', 'xyz'))
print(dict(zip(names, scores)) == {'a': 1, 'b': 2, 'c': 3})


def twice(a, b):
    z = zip(a, b)
    return list(z), list(z)

print(twice([1], [2]))
for n, s in zip(names, scores):
    print(n, s)
