# diff: differs (Python 2 writes each item before evaluating the next: with fail() after the first item the print fix is unsafe)
def fail():
    raise ValueError('boom')

try:
    print 'before', fail()
except ValueError:
    print
    print 'caught'
print 'end'
