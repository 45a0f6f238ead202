# range() results used as lists: mutated, concatenated, compared, printed.
r = range(5)
r.append(10)
print r, r[::-1], range(3) + range(2)
print range(10, 0, -3), range(0) == []
evens = range(0, 10, 2)
evens.remove(4)
print evens, len(range(2, 9))
