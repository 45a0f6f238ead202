# diff: differs
# buffer() is gone in Python 3 (memoryview needs bytes): the finding stays manual.
data = 'abcdefgh'
view = buffer(data, 2, 4)
print len(view), str(view), view[1]
print str(buffer(data)[5:])
