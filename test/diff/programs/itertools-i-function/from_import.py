from __future__ import print_function
# from itertools import izip, ...: py3 drops the import and calls the builtins; compat imports them from six.moves.
from itertools import chain, izip, imap
from itertools import izip_longest as zl

print(list(chain([1], [2])))
for a, b in izip('ab', 'cd'):
    print(a + b)
print(list(imap(len, ['x', 'yy'])), list(zl([1, 2, 3], [4])))
print(dict(izip(['k'], ['v'])))
zipped = zip([1, 2], [3, 4])
print(zipped[0], len(zipped))
