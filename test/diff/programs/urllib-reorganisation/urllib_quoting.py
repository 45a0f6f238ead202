from __future__ import print_function
# urllib's quoting functions moved to urllib.parse: same results for ASCII and UTF-8 byte input.
import urllib

print(urllib.quote('a b/c?d=e&f'))
print(urllib.quote('a b/c', safe=''))
print(urllib.quote_plus('a b+c'))
print(urllib.unquote('a%20b%2Fc'), urllib.unquote_plus('a+b%2Bc'))
print(urllib.urlencode([('q', 'x y'), ('n', 1), ('z', '&')]))
print(urllib.urlencode([('k', ['a', 'b'])], True))
print(urllib.splitquery('/path?x=1'), urllib.splittag('/p#frag'))
print(urllib.pathname2url('/tmp/a b'), urllib.url2pathname('/tmp/a%20b'))
print(issubclass(urllib.ContentTooShortError, IOError))
