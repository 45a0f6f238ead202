# diff: differs
# viewkeys/viewitems/viewvalues: set operations and a live view kept in a name.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'w': 0}
print sorted(a.viewkeys() & b.viewkeys()), sorted(a.viewkeys() - b.viewkeys())
keys = a.viewkeys()
a['q'] = 9
print len(keys), sorted(keys)
print sorted(a.viewvalues()), ('x', 1) in a.viewitems()
