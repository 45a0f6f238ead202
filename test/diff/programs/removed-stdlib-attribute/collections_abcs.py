from __future__ import print_function
# collections.Mapping & co. are the collections.abc classes (six.moves.collections_abc for compat).
import collections
from collections import Sequence, OrderedDict

class Bag(collections.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)

b = Bag(x=1, y=2)
print(isinstance(b, collections.Mapping), isinstance({}, collections.MutableMapping), isinstance([], Sequence))
print(isinstance(len, collections.Callable), isinstance('s', collections.Iterable), list(b), dict(b.items()) == {'x': 1, 'y': 2})
print(isinstance(OrderedDict(), collections.Hashable), issubclass(set, collections.Set))
