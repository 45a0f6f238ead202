# diff: unsafe
from __future__ import print_function
TABLE = {'a': 1}
print(TABLE.has_key('a'), not TABLE.has_key('b'))
x = TABLE.has_key('a') == True
print(x)
keys = ['a', 'q']
print([k for k in keys if TABLE.has_key(k)])
print(TABLE.has_key('a' if x else 'b'))
