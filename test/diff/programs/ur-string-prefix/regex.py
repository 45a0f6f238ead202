# ur'' literals as regular expressions: the backslashes stay literal.
import re
pattern = ur'\d+\s\w'
print len(pattern), [ord(c) for c in pattern]
print re.findall(ur'\d+', u'a 12 b 345') == [u'12', u'345']
