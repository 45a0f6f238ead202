# diff: differs
# map(None, ...) and map over iterables of different lengths pad with None in Python 2: no safe fix.
print map(None, [1, 2], ['a', 'b'])
print map(lambda a, b: (a, b), [1, 2, 3], 'xy')
