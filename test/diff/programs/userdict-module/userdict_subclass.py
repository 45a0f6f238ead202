# diff: unsafe
from __future__ import print_function
# UserDict -> collections.UserDict: mapping behaviour that both classes share.
import UserDict
from UserDict import IterableUserDict


class Settings(UserDict.UserDict):
    def __getitem__(self, key):
        return UserDict.UserDict.__getitem__(self, key.lower())


s = Settings({'a': 1})
s['b'] = 2
print(sorted(s.keys()), len(s), 'a' in s, s['A'], s.get('z', 0))
print(sorted(s.items()))
d = IterableUserDict(x=1, y=2)
d.update({'z': 3})
print(sorted(d), d.pop('x'), sorted(d.data.items()))
