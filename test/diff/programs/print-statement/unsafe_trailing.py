# diff: unsafe
# A trailing comma becomes end=" ". Python 2 writes that space lazily (softspace), so the output is
# the same as long as the next output on the stream is another print with items, as here.
# (A bare `print` or the end of the program after `print x,` would differ: not exercised.)
for i in range(4):
    print i,
print "end"
print "a",
print "b", "c",
print "d"
def row(values):
    for v in values:
        print v,
    print "|"
row([1, 2])
row(["x"])
