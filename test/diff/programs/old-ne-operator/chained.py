# <> in chains, with None, strings, and inside comprehensions.
a, b, c = 1, 2, 2
print a <> b, b <> c, a <> b <> c
print None <> 0, 'x' <> 'x', [n for n in range(5) if n <> 2]
if (a <> 1) or (b <> 2):
    print 'changed'
else:
    print 'same'
