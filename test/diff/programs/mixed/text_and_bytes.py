# Unicode/bytes handling that is explicit on both versions: encode/decode, unicode literals, len in code points.
# -*- coding: utf-8 -*-
names = [u'Zoë', u'Ana', u'Émile']
encoded = [n.encode('utf-8') for n in names]
print [len(n) for n in names], [len(b) for b in encoded]
decoded = [b.decode('utf-8') for b in encoded]
print decoded == names
print sorted(names) == [u'Ana', u'Zoë', u'Émile']
print u', '.join(sorted(names, key=lambda s: s.lower())) == u'Ana, Zo\xeb, \xc9mile'
print repr(u'abc'.encode('ascii'))[-5:]
