from __future__ import print_function
xs = [3, 1, 2]
squares = map(lambda x: x * x, xs)
print(squares, len(squares), squares[0])
print(map(str, xs) + ['end'])
print(map(None, 'abc'))
seen = []
map(seen.append, xs)
print(seen)


def doubled(items):
    ys = map(lambda v: v * 2, items)
    return sum(ys), max(ys)

print(doubled(xs))
print(sorted(map(abs, [-2, 1])), ''.join(map(str, xs)))
for y in map(str, xs):
    print(y)
if map(str, []):
    print('never')
else:
    print('empty')
