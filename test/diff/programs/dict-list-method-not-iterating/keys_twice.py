# keys()/values()/items() kept in a variable and consumed twice, indexed, and mutated while looping.
d = {'b': 2, 'a': 1, 'c': 3}
keys = d.keys()
print sorted(keys), len(keys), sorted(keys)
vals = d.values()
vals.sort()
print vals, vals[0]
items = d.items()
for k, v in items:
    if v > 1:
        del d[k]
print d, sorted(items)
