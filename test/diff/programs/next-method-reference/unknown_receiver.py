# diff: unsafe
# diff: differs
# The unsafe fix on a receiver the rule cannot prove is an iterator (a generator from a call).
def numbers():
    yield 1
    yield 2


def take(fn, n):
    return [fn() for _ in range(n)]


gen = numbers()
print take(gen.next, 2)
