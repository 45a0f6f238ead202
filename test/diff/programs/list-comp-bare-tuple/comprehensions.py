# Python 2 list comprehensions may iterate over a bare tuple; parentheses make the same tuple.
print([x * 2 for x in 1, 2, 3])
print([x for x in 'a', 'b', 'c' if x != 'b'])
print([x for x in 1, 2,])
print([(x, y) for x in 1, 2 if x for y in 'p', 'q'])
print([k + str(v) for k, v in ('a', 1), ('b', 2)])
print([f(3) for f in lambda n: n + 1, abs])
print(sum([n for n in 10,
                      20, 30]))
a, b = 5, 6
print([v - a for v in a, b])
