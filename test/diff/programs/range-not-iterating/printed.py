# range() printed, compared, sliced and its type name shown: it must stay a list.
print range(3), range(2) == [0, 1]
r = range(4)
print r[1:], type(r).__name__
