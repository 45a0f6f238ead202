# A loop over map(...) whose body appends to the mapped list: Python 2 mapped a snapshot, Python 3 maps lazily.
xs = [1, 2, 3]
for v in map(lambda n: n, xs):
    if len(xs) < 6:
        xs.append(v + 10)
print xs
