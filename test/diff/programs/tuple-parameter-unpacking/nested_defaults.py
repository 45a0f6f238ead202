# diff: unsafe
# def f((a, b), c=1): nested tuple parameters with defaults and docstrings.
def span((start, end), scale=1):
    "Length of a span."
    return (end - start) * scale

def corner((x, (y, z))):
    return x + y + z

print span((2, 7)), span((0, 3), 10), span.__doc__
print corner((1, (2, 3)))
print map(lambda (k, v): '%s=%s' % (k, v), sorted({'a': 1, 'b': 2}.items()))
