# Long literals in arithmetic, hex/octal longs and comparisons; printed via str() so no L shows.
x = 10L
y = 0xFFL
z = 2 ** 64 + 1L
print str(x * y), str(z % 1000L), x == 10, str(-5L // 2)
print [str(v) for v in range(3L)]
