# diff: differs
# An iterator's bound `next` handed on as a callable. py3: `x.__next__` (safe for these certain
# iterators). compat has no fix (Python 2 iterators have no __next__): the finding stays reported.
def read_all(items):
    lines = iter(items)
    readline = lines.next
    out = []
    while True:
        line = readline()
        if not line:
            break
        out.append(line.strip())
    return out


def steps():
    g = (x * 2 for x in range(3))
    step = g.next
    first = step()
    second = step()
    return first, second


print ','.join(read_all(['a\n', 'b\n', '', 'c\n']))
print '%d %d' % steps()
