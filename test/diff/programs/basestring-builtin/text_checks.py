# diff: unsafe
from __future__ import print_function
# isinstance(x, basestring) on text and non-strings: the cases where str is the same.
def describe(value):
    if isinstance(value, basestring):
        return 'string'
    return type(value).__name__


print([describe(v) for v in [u'text', 'native', 1, [], None]])
print(issubclass(type(u''), basestring), issubclass(int, basestring))
