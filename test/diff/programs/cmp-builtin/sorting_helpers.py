# diff: unsafe
# cmp() on ints, strings and tuples inside a sort key helper; the unsafe fix spells out (a > b) - (a < b).
pairs = [(2, 'b'), (1, 'z'), (2, 'a')]
print [cmp(a, b) for a, b in [(1, 2), (2, 2), ('b', 'a'), ((1, 2), (1, 3))]]
print sorted(pairs, cmp=lambda x, y: cmp(x[0], y[0]) or cmp(x[1], y[1]))
