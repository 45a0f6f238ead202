# ur"..." patterns are common in regular expressions over unicode text.
from __future__ import print_function
import re

text = u'caf\u00e9 na\u00efve \u2603 snow-man 42'
print([ord(c) for c in u''.join(re.findall(ur'\w+', text, re.UNICODE))])
print(re.sub(ur'\u2603', u'*', text) == text.replace(u'\u2603', u'*'))
print(len(re.findall(ur'[\u00e0-\u00ff]', text)))
print(re.split(ur'\s+', u'a b\tc') == [u'a', u'b', u'c'])
print(bool(re.match(UR"\d\d$", u'42')))
