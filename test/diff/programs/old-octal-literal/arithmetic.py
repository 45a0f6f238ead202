# Old octal literals in masks, negative values and tuples.
masks = (0777, 0644, 0o755, 010)
print masks, -017, 0 + 00
print 0644 & 0222, '%o' % 0751
