# zip() result kept and read twice, indexed, and sorted.
names = ['b', 'a', 'c']
ages = [2, 1, 3]
pairs = zip(names, ages)
print pairs[0], len(pairs)
print [n for n, _ in pairs], [a for _, a in pairs]
pairs.sort()
print pairs
print dict(zip(names, ages)) == {'a': 1, 'b': 2, 'c': 3}
print zip(*pairs)
