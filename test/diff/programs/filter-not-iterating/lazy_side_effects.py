# diff: bug: filter-not-iterating leaves `for v in filter(pred, xs)` as is, but Python 2 tested every item before the loop body ran and Python 3 tests lazily, so the predicate's output interleaves with the body's
def keep(n):
    print 'testing', n
    return n % 2

for v in filter(keep, [1, 2, 3, 4, 5]):
    print 'kept', v
