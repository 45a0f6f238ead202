# set([...]) of literals, empty set(), and set((...)).
s = set([3, 1, 2])
print sorted(s), sorted(set((1, 1, 2))), set() == set([])
print sorted(set(['a', 'b']) | set(['c']))
