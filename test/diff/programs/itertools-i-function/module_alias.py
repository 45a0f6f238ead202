# import itertools as it: the aliased module's izip_longest / imap are found and fixed like itertools.name
import itertools as it
print list(it.izip_longest([1], [2, 3]))
print list(it.imap(abs, [-1, 2]))
