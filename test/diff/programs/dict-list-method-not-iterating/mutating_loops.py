from __future__ import print_function
# Loops that change the dict they iterate: Python 2 iterated a snapshot list; a Python 3 view
# would raise RuntimeError, so list() must stay.
d = {1: 'a', 2: 'b', 3: 'c'}
for k in d.keys():
    if k % 2:
        del d[k]
print(sorted(d.items()))
for k, v in d.items():
    d[k * 10] = v * 2
print(sorted(d.items()))
for v in d.values():
    d.pop(20, None)
print(sorted(d))


class Registry(object):
    def __init__(self):
        self.table = {'x': 1, 'y': 2}

    def prune(self):
        for name in self.table.keys():
            self.table.pop(name)
        return self.table

print(Registry().prune())


def snapshot(mapping):
    ks = mapping.keys()
    mapping['new'] = 0
    return sorted(ks)

print(snapshot({'old': 1}))
