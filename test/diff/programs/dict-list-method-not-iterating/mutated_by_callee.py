# diff: bug: dict-list-method-not-iterating stays quiet about `for k in d.keys(): helper(d, k)` when the helper adds keys: Python 2 looped over a list copy, Python 3 loops over the live view and raises RuntimeError (2to3 writes list(d.keys()))
def add_shadow(d, k):
    d[k + '_copy'] = d[k]

d = {'a': 1, 'b': 2}
for k in d.keys():
    add_shadow(d, k)
print sorted(d)
