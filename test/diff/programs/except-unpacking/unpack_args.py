# Python 2 `except E, (a, b):` unpacks the caught instance; iterating a builtin exception yields its args.
def fail(*args):
    raise ValueError(*args)

try:
    fail(1, 'two')
except ValueError, (number, word):
    print('%d %s' % (number, word))

# EnvironmentError keeps only (errno, strerror) in args when given a filename too.
try:
    raise IOError(2, 'No such file', 'missing.txt')
except (IOError, OSError), [code, text]:
    print('%d %s' % (code, text))

try:
    fail(1, (2, 3))
except ValueError, (a, (b, c)): print(a + b + c)

# Wrong arity raises ValueError at the start of the handler, in both versions.
try:
    try:
        fail(1, 2, 3)
    except ValueError, (x, y):
        print('not reached')
except ValueError:
    print('arity mismatch caught')

def nested():
    try:
        fail('outer', 1)
    except ValueError, (label, n):
        try:
            {}['k']
        except KeyError, (key,):
            print(label + ' ' + key + ' ' + str(n))

nested()
