# diff: unsafe
# it.next() on a generator, an iter() of a list, and an enumerate object.
def gen():
    yield 'a'
    yield 'b'
g = gen()
print g.next(), g.next()
it = iter([10, 20])
print it.next() + it.next()
e = enumerate('xy')
print e.next()
