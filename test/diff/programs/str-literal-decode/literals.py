from __future__ import print_function
# An ASCII str literal decoded with an ASCII-compatible codec is the same text as a text literal.
a = 'abc'.decode('utf-8')
b = "tab\there".decode()
c = 'x'.decode('ascii', 'strict') + 'y'.decode('latin-1')
print(a, b, c, a == u'abc', len(b), type(a) is type(u''))
