"""Saving and loading an Inventory as a simple text file."""
import os

FILE_MODE = 0644


def save(inventory, path):
    f = open(path, 'w')
    try:
        for name, item in sorted(inventory.items.iteritems()):
            f.write("%s\t%d\t%d\n" % (name, item['count'], item['price']))
    finally:
        f.close()
    os.chmod(path, FILE_MODE)


def load(inventory, path):
    try:
        f = open(path)
    except IOError, e:
        print "cannot read %s: %s" % (path, e)
        return False
    for line in f.xreadlines():
        name, count, price = line.rstrip('\n').split('\t')
        inventory.add(name, int(count), long(price))
    f.close()
    return True


def run_hook(code, namespace):
    exec code in namespace
