# diff: unsafe
from __future__ import print_function
# long(x) as a value (not its type or repr), and isinstance checks on big numbers.
print(long('12345678901234567890') + 1, long(3.9), long(-2))
print(str(long(7)), '%d' % long(8), long('ff', 16))
print(isinstance(2 ** 80, long), isinstance(long(5), long))
