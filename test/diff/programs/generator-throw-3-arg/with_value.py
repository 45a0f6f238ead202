# diff: differs
# gen.throw(Type, value) with a string and with a tuple value. Python 2 calls Type(*value) for a tuple;
# the unsafe fix writes Type(value), so only the safe run is checked here (the finding stays).
def worker():
    while True:
        try:
            yield
        except ValueError as e:
            print 'worker got', e.args

g = worker()
next(g)
g.throw(ValueError, 'first')
g.throw(ValueError, ('a', 'b'))
