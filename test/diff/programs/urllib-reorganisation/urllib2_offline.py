from __future__ import print_function
# urllib2 without a network: Request objects, the exception classes, handlers and openers.
import urllib2
from urllib2 import Request, URLError, HTTPError

req = urllib2.Request('http://example.org/a?b=1')
req.add_header('X-token', 'abc')
print(req.get_full_url(), req.get_method())
print(sorted(req.header_items()))
post = Request('http://example.org/form', data=b'x=1')
print(post.get_method())
print(issubclass(HTTPError, URLError), issubclass(urllib2.HTTPError, urllib2.URLError))
try:
    raise urllib2.URLError('no route')
except URLError as e:
    print('URLError', e.reason)
opener = urllib2.build_opener(urllib2.HTTPHandler())
print(isinstance(opener, urllib2.OpenerDirector))
print(urllib2.quote('a b'), urllib2.unquote('a%20b'))
print(urllib2.parse_http_list('a, b, "c, d"'))
