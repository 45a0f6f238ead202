# itertools.ifilter / imap / ifilterfalse / izip_longest consumed once.
import itertools
print list(itertools.ifilter(lambda n: n % 2, range(7)))
print list(itertools.imap(pow, [2, 3], [3, 2]))
print list(itertools.ifilterfalse(None, [0, 1, '', 'a']))
print list(itertools.izip_longest('ab', 'xyz', fillvalue='-'))
