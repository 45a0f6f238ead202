# Divisions the rule can prove integer: len(), literals, int(), ord(), and // mixed in.
items = ['a', 'b', 'c', 'd', 'e']
print len(items) / 2, items[len(items) / 2]
print 17 / 5, -17 / 5, 17 / -5, int('9') / 2
print ord('z') / 10, (len(items) + 1) / 2 * 2
total = 0
for i in range(10):
    total += i / 3
print total
print 2 ** 65 / 7
