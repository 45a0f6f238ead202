# for v in filter(keep, xs): the predicate prints, so Python 2 wrote its output before the loop body ran; list() keeps that order
def keep(n):
    print 'testing', n
    return n % 2

for v in filter(keep, [1, 2, 3, 4, 5]):
    print 'kept', v
