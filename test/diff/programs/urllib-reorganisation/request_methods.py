# diff: bug: urllib-reorganisation renames urllib2.Request but not its methods removed in Python 3.4 (get_host, get_type): AttributeError with no finding
import urllib2
r = urllib2.Request('http://example.org/a?b=1')
print r.get_full_url(), r.get_method()
print r.get_host(), r.get_type()
