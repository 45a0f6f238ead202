from __future__ import print_function
print(range(3))
print(range(3) + [3])
print(range(3) == [0, 1, 2])
order = range(5)
order.reverse()
print(order)


def grow(n):
    r = range(n)
    r.append(n)
    return r

print(grow(2))
print(len(range(4)), range(10)[3], 3 in range(5), range(5).index(2))
print([i * 2 for i in range(3)], list(reversed(range(3))))
