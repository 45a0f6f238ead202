# for a, b in zip(gen1, gen2): the generators print, Python 2 drained them before the loop; list() keeps that order
def gen(tag, n):
    for i in range(n):
        print tag, i
        yield i

for a, b in zip(gen('a', 3), gen('b', 2)):
    print 'pair', a, b
