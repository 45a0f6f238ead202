# `print (a)` is a plain value, `print (a, b)` prints a tuple, `print ()` prints an empty tuple.
x = 'one'
print (x)
print ('a', 'b')
print ('solo',)
print ()
print (1 + 2) * 3
print 'k=%s v=%d' % ('a', 1), 'tail'
print
