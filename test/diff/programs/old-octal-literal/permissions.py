# Old octal literals: `0755` is 493 in Python 2; `0o755` is the same value on 2.6+ and 3.
mode = 0755
print(mode)
print(oct(0644 | 0111).replace('o', ''))
print('%o %d' % (0777, 0777))
print([010, 00, 0, 007, 0100])
print(-017 + 1)
big = 0777777777777777777777L
print(str(big))
print(0777L == 511)
