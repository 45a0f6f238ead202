# diff: unsafe
# e.message on a built-in exception with one argument.
try:
    int('zz')
except ValueError as e:
    print e.message
