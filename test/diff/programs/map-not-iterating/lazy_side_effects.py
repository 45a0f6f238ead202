# for v in map(noisy, xs): noisy prints, so Python 2 wrote its output before the loop body ran; list() keeps that order
def noisy(n):
    print 'computing', n
    return n * 10

for v in map(noisy, [1, 2, 3]):
    print 'got', v
    if v == 20:
        break
