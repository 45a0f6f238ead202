from __future__ import print_function
# urlparse -> urllib.parse, used after `import urlparse` and through a from-import.
import urlparse
from urlparse import urljoin, parse_qsl

print(urlparse.urljoin('http://a/b/c/d', '../g'))
print(urljoin('http://a/b/', 'c?x=1#f'))
parts = urlparse.urlparse('http://user@host:8080/p/a;params?q=1&r=2#frag')
print(tuple(parts))
print(parts.netloc, parts.hostname, parts.port, parts.path, parts.query)
print(tuple(urlparse.urlsplit('https://h/x?y=z')))
print(urlparse.urlunparse(('http', 'h', '/p', '', 'a=1', '')))
print(sorted(urlparse.parse_qs('a=1&b=2&a=3').items()))
print(parse_qsl('x=1&y=&z=3', keep_blank_values=True))
print(tuple(urlparse.urlsplit('//h/p#frag')))
