# urllib / urlparse functions that moved into urllib.parse.
import urllib
import urlparse
print urllib.quote_plus('a b&c'), urllib.unquote('%7Euser')
parts = urlparse.urlparse('http://example.org:80/p/a?q=1#f')
print parts.netloc, parts.path, parts.query, parts.fragment
print urlparse.urljoin('http://x.org/a/b', '../c')
print sorted(urlparse.parse_qs('a=1&b=2&a=3').items())
