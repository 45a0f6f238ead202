# diff: bug: xrange-builtin's safe fix turns a printed xrange object into list(range(...)): Python 2 printed "xrange(3)", Python 3 prints "[0, 1, 2]" (compat: "range(0, 3)")
r = xrange(3)
print r, len(r), r[1], list(reversed(r))
print repr(xrange(1, 10, 2))
