# Plain print statements: one item, several items, a bare print, every kind of value.
import sys

name = "world"
count = 3
print "hello"
print "hello,", name
print 1, 2, 3
print
print None, True, False
print [1, 2, "x"], (1, "a"), {"k": 1}
print -1
print -count, +count, ~count
print [1, 2]
print not count
print "a" if count else "b"
print "%s has %d items" % (name, count)
print "%s" % (name,)
print .5 + .25
print `count`, `name`
print"no space"
print "a", "b"; print "c"
if count: print "inline", count
else: print "never"
for i in range(count):
    print i
def show(*items):
    for item in items:
        print "item:", item
show("x", 7)
class Box(object):
    def __repr__(self):
        return "Box()"
    def __str__(self):
        return "a box"
print Box(), [Box()]
