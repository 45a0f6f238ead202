# diff: unsafe
from __future__ import print_function
# On 64-bit Linux sys.maxint == sys.maxsize.
import sys

print(sys.maxint == 2 ** 63 - 1, -sys.maxint - 1 < 0)
print(min([5, sys.maxint, 7]))
