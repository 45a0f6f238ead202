# diff: bug: sorting values that mix None and str through a key function, and max() over a list holding None, raise TypeError on Python 3 and no rule flags them
# Sorting the Python 2 way: cmp=, tuples with None, mixed keys, and sort stability.
people = [('ann', 31, None), ('bob', 25, 'nyc'), ('cy', 31, 'sf'), ('dee', 25, None)]
print sorted(people, cmp=lambda a, b: a[1] - b[1])
print sorted(people, key=lambda p: p[2])
print sorted(people, key=lambda p: (-p[1], p[0]))
print min(p[2] for p in people), max([None, 3, 1])
