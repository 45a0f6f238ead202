# -*- coding: utf-8 -*-
"""Stock keeping: items, counts and prices (in cents)."""
import string


class OutOfStock(Exception):
    pass


class Inventory:
    MAX_COUNT = 100000L

    def __init__(self):
        self.items = {}

    def add(self, name, count, price_cents):
        if count <> int(count):
            raise ValueError, "count must be whole"
        if self.items.has_key(name):
            self.items[name]['count'] += count
        else:
            self.items[name] = {'count': count, 'price': long(price_cents)}
        print "added %d x %s" % (count, name)

    def take(self, name, count):
        if not self.items.has_key(name) or self.items[name]['count'] < count:
            raise OutOfStock, name
        self.items[name]['count'] -= count

    def total_value(self):
        total = 0L
        for name, item in self.items.iteritems():
            total += item['count'] * item['price']
        return total

    def names(self):
        names = self.items.keys()
        names.sort()
        return map(string.upper, names)

    def low_stock(self, limit=5):
        return filter(lambda name: self.items[name]['count'] < limit, self.items.keys())
