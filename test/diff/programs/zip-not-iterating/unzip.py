# zip(*rows) transposes; the result is indexed and printed.
rows = [(1, 'a'), (2, 'b'), (3, 'c')]
cols = zip(*rows)
print cols[0], cols[1]
print len(zip('ab', 'xyz')), zip()
