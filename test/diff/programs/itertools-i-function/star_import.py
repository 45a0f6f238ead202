# Bare names after `from itertools import *` (test_itertools.py): Python 3's star import no longer
# provides izip_longest / ifilterfalse / izip.
from itertools import *

pairs = []
for a, b in izip_longest([1, 2, 3], 'ab', fillvalue='-'):
    pairs.append('%s%s' % (a, b))
print ' '.join(pairs)
print list(ifilterfalse(lambda x: x % 2, range(6)))
for x, y in izip('ab', 'cd'):
    print x + y
print list(islice(count(3), 2))
