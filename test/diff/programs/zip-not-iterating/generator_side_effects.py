# diff: bug: zip-not-iterating leaves `for a, b in zip(gen1, gen2)` as is, but Python 2 drained the generators into a list first (running their side effects up front, and advancing the longer one once more) while Python 3 zips lazily
def gen(tag, n):
    for i in range(n):
        print tag, i
        yield i

for a, b in zip(gen('a', 3), gen('b', 2)):
    print 'pair', a, b
