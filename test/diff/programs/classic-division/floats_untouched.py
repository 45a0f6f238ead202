# Float divisions need no change: a float literal or float() makes both versions divide truly.
print 7 / 2.0, 7.0 / 2, float(7) / 2
n = 3
print n / 4.0, 1 / float(n) > 0.3
x = 10
x /= 4.0
print x
print len('abcdefg') / 2
