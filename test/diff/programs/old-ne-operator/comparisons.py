# `<>` is `!=` in Python 2, including chained comparisons and mixed types.
a, b = 1, 2
print(a <> b)
print(a <> 1)
print(1 < a <> b)
print('x' <> 'x')
print([1, 2] <> [1, 2])
print(None <> 0)
if a <> b:
    print('different')
print(sorted(x for x in range(5) if x <> 3))
