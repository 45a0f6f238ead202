# A loop over zip(...) that appends to one of its lists: Python 2 zipped a snapshot, Python 3 zips lazily
# and sees the new items (here bounded by range(10)).
xs = [1, 2, 3]
for i, x in zip(range(10), xs):
    if len(xs) < 6:
        xs.append(x * 10)
print xs
