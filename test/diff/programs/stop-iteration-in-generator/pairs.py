# diff: unsafe
def pairs(iterable):
    it = iter(iterable)
    while True:
        a = next(it)
        b = it.next()  # second
        yield a, b


def firsts(iterables):
    for x in iterables:
        yield next(iter(x))


print(list(pairs([1, 2, 3, 4, 5])))
print(list(firsts([[1], [2, 3], [], [4]])))
