# diff: differs
# Numeric literals: octal permissions, long suffixes, <> and sys.maxint comparisons.
import sys
mode = 0755
print mode, oct(0644), mode & 0111
big = 12345678901234567890L
print big % 97, type(big).__name__ in ('long', 'int')
if mode <> 0:
    print 'mode set'
print 2 ** 70 > sys.maxint
