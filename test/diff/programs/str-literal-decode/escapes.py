# Decoding ASCII str literals gives unicode; string_escape turns escapes into characters.
s = 'caf'.decode('ascii') + u'\xe9'
print len(s), s == u'caf\xe9'
print 'plain'.decode('utf-8') == u'plain', len('x y'.decode('ascii').split())
