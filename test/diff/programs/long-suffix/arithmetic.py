# The `L` suffix makes a long in Python 2; without it Python 2 promotes int to long by itself,
# so values, str() and arithmetic are the same. (repr() and type() differ: see long-builtin.)
big = 10L
mask = 0xFFFFFFFFl
octal = 0o17L
binary = 0b1010L
huge = 123456789012345678901234567890L
print(big * 3)
print(mask & 0xFF00)
print(str(octal) + ' ' + str(binary))
print(str(huge // 7) + ' ' + str(huge % 7))
print('%d %x' % (mask, mask))
print(2L ** 70)
