from __future__ import print_function


def lookup(key):
    table = {'a': 1, 'b': 2}
    if table.has_key(key) and not table.has_key(key + key):
        return table[key]
    return None


def counts(words):
    seen = dict()
    for w in words:
        if not seen.has_key(w):
            seen[w] = 0
        seen[w] += 1
    return sorted(seen.items())

print(lookup('a'), lookup('z'))
print(counts('abracadabra'))
print({1: 2}.has_key(1), dict(x=1).has_key('y'))
