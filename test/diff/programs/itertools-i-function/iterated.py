from __future__ import print_function
# izip/imap/ifilter iterated once become the lazy builtins; izip_longest/ifilterfalse are renamed.
import itertools

xs = [1, 2, 3, 4]
ys = 'abcd'
for a, b in itertools.izip(xs, ys):
    print(a, b)
print(list(itertools.imap(str, xs)), sorted(itertools.ifilter(lambda v: v % 2, xs)))
print(list(itertools.izip_longest(xs, 'ab', fillvalue='-')))
print(list(itertools.ifilterfalse(lambda v: v > 2, xs)))
print(tuple(itertools.imap(lambda a, b: a * b, xs, [1, 2])))
zipper = itertools.izip
print(list(zipper([1], [2])))
