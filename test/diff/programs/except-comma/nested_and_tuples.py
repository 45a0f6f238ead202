# except X, e with tuples of classes, nested handlers, and re-raise.
def risky(n):
    if n == 0:
        raise KeyError('k')
    if n == 1:
        raise IndexError(5)
    return n

for n in range(3):
    try:
        try:
            print risky(n)
        except (KeyError, IndexError), e:
            print 'inner', type(e).__name__, e.args
            raise
    except LookupError, outer:
        print 'outer', type(outer).__name__
