"""Plain-text reports of an Inventory."""
import sys


def money(cents):
    return "%d.%02d" % (cents / 100, cents % 100)


def render_report(inventory, out=sys.stdout):
    print >>out, "Inventory report"
    print >>out, "=" * 16
    for name in inventory.names():
        item = inventory.items[name.lower()]
        print >>out, "%-10s %5d %10s" % (name, item['count'], money(item['price']))
    print >>out, "total:", money(inventory.total_value())
    print >>out, "low stock:", `sorted(inventory.low_stock())`


def describe(value):
    if isinstance(value, basestring):
        return ur'text: %s' % value
    if type(value) in (int, long):
        return 'number: ' + str(value)
    return 'other: ' + unicode(value)
