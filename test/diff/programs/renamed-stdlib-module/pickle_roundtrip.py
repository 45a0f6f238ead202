from __future__ import print_function
# cPickle -> pickle: a round trip gives back equal objects on both versions.
import cPickle
import cPickle as pickle

data = {'a': [1, 2.5, (3, None)], 'b': True, 'c': 'text'}
for protocol in (0, 1, 2):
    back = cPickle.loads(cPickle.dumps(data, protocol))
    print(protocol, sorted(back.items()), back == data)
print(pickle.loads(pickle.dumps([1, [2, [3]]])))
print(cPickle.HIGHEST_PROTOCOL >= 2)
try:
    cPickle.loads(cPickle.dumps(lambda: 0))
except (cPickle.PicklingError, AttributeError, TypeError):
    print('cannot pickle a lambda')
