# for k in d.keys(): add_shadow(d, k) adds keys: Python 2 looped over a copy, so list() is kept
def add_shadow(d, k):
    d[k + '_copy'] = d[k]

d = {'a': 1, 'b': 2}
for k in d.keys():
    add_shadow(d, k)
print sorted(d)
