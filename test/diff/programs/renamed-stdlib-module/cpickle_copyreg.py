# cPickle / copy_reg / __builtin__ / repr renamed in Python 3.
import cPickle
import __builtin__
from repr import repr as short_repr
data = cPickle.loads(cPickle.dumps({'a': [1, 2]}, 2))
print sorted(data.items())
print __builtin__.len('abc'), short_repr(range(100))[:20]
