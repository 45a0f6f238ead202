# diff: differs
# Operands read from containers have unknown types: no fix, the finding stays.
stats = {'hits': 7, 'misses': 2}
ratio = stats['hits'] / stats['misses']
print ratio
pairs = [(9, 4), (10, 3)]
print [a / b for a, b in pairs]
