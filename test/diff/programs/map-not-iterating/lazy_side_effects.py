# diff: bug: map-not-iterating leaves `for v in map(f, xs)` as is (iterated once), but Python 2 called f on every item before the loop body ran and Python 3 calls it lazily: side effects interleave and a `break` skips the rest
def noisy(n):
    print 'computing', n
    return n * 10

for v in map(noisy, [1, 2, 3]):
    print 'got', v
    if v == 20:
        break
