# [x for x in 1, 2, 3]: the bare tuple after `in`, nested and with conditions.
print [x * 2 for x in 1, 2, 3]
print [c for c in 'a', 'b' if c != 'b']
print [(a, b) for a in 1, 2 for b in 'x', 'y']
print sum([n for n in 4, 5, 6])
