from __future__ import print_function
d = {'a': 1, 'b': 2}
for k in sorted(d.viewkeys()):
    print(k)
print(sorted(d.viewitems()), sum(d.viewvalues()))
print(len(d.viewkeys()), 'a' in d.viewkeys())
