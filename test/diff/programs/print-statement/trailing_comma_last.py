# diff: differs
# `print x,` followed by a bare `print` or by the end of the program: Python 2's softspace drops the
# trailing space, so no conversion is safe and the (whole-file) print fix is left to the user.
for i in range(3):
    print i,
print
print 'tail',
