# diff: unsafe
from __future__ import print_function
# cmp of numbers, strings and tuples: -1, 0 or 1 exactly like (a > b) - (a < b).
pairs = [(1, 2), (2, 1), (3, 3), (1.5, 1), ('a', 'b'), ((1, 2), (1, 2)), ([1], [0, 9]), (-4, -4.0)]
for a, b in pairs:
    print(cmp(a, b))
x = 10
y = 20
print(cmp(x, y) * 2, abs(cmp(y, x)), -cmp(x, y))
print(sorted([3, 1, 2], key=lambda v: cmp(v, 2)))
