# diff: differs (compat: the Request methods removed in Python 3.4 have no compat fix: on Python 2 req.host stays None until get_host() runs)
import urllib2
r = urllib2.Request('http://example.org/a?b=1')
url = r.get_full_url()
method = r.get_method()
print url, method
host = r.get_host()
kind = r.get_type()
has = r.has_data()
print host, kind, has
