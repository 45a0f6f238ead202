# diff: unsafe
from __future__ import print_function


def worker():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("worker got", repr(e.args))
            yield "recovered"


g = worker()
print(next(g))
print(g.throw(ValueError, "bad input"))
print(next(g))
print(g.throw(ValueError, None))
