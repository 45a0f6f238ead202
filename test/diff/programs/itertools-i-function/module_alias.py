# diff: bug: itertools-i-function does not follow `import itertools as it`: it.izip_longest(...) is neither flagged nor fixed and raises AttributeError on Python 3
import itertools as it
print list(it.izip_longest([1], [2, 3]))
print list(it.imap(abs, [-1, 2]))
