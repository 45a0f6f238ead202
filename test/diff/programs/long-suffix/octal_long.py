# Long suffixes on octal and hex literals; printed with print/str so no L shows.
print 0777L, 0x10L + 1, str(0L)
