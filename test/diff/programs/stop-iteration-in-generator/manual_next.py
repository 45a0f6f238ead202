# diff: unsafe
# A generator that calls next() and lets StopIteration end it (PEP 479 turns that into RuntimeError).
def first_of_each(*iterables):
    for it in iterables:
        it = iter(it)
        yield next(it)

print list(first_of_each([1, 2], 'ab', (9,)))
