# diff: bug: print-statement's safe fix moves output: Python 2 writes each item before evaluating the next, so `print 'a', f()` has already written "a " when f() raises; print('a', f()) writes nothing
def fail():
    raise ValueError('boom')

try:
    print 'before', fail()
except ValueError:
    print
    print 'caught'
print 'end'
