# diff: unsafe
from __future__ import print_function
# unicode(x) of numbers and text, and isinstance checks: the cases where str is the same.
values = [unicode(12), unicode(u'caf\xe9'), unicode(3.5), unicode(None)]
print([len(v) for v in values], all(isinstance(v, unicode) for v in values))
print(unicode(u'abc').upper(), isinstance(u'x', unicode), isinstance(1, unicode))
print(unicode.join(u'-', [u'a', u'b']))
