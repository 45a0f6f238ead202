# diff: differs
# A small inventory report: dict iteration, integer averages, sorting with cmp=, string module, print.
import string

STOCK = {'widget': (12, 250), 'gadget': (3, 1999), 'doohickey': (40, 75), 'gizmo': (0, 500)}

def by_value(a, b):
    va = a[1][0] * a[1][1]
    vb = b[1][0] * b[1][1]
    return vb - va

print 'Inventory'
print '=' * 20
for name, (count, cents) in sorted(sorted(STOCK.items()), cmp=by_value):
    print string.ljust(name, 10), '%4d' % count, '%7.2f' % (cents / 100.0)
counts = [c for c, _ in STOCK.itervalues()]
print 'items:', sum(counts), 'average per line:', sum(counts) / len(counts)
for name in STOCK.keys():
    if STOCK[name][0] == 0:
        del STOCK[name]
print 'in stock:', string.join(sorted(STOCK), ', ')
