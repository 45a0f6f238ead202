# diff: differs (Python 2 writes each item before evaluating the next: fail() after the first item inside a try makes the print fix unsafe)
def fail():
    raise ValueError('boom')

try:
    print 'before', fail()
except ValueError:
    print
    print 'caught'
print 'end'
