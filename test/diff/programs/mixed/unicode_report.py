# diff: differs
# unicode() and basestring type checks in a formatter: their fixes are unsafe, so findings remain.
def fmt(value):
    if isinstance(value, basestring):
        return unicode(value)
    return unicode(repr(value))

for v in ['abc', u'd\xe9f', 12, [1]]:
    print fmt(v).encode('utf-8')
