from __future__ import print_function
# string.f(s, ...) was s.f(...); string.join(words, sep) was sep.join(words); atoi/atof are int/float.
import string

raw = '  Hello, World  '
print(repr(string.strip(raw)), repr(string.lstrip(raw)), repr(string.rstrip(raw, ' d')))
print(string.upper(raw), string.lower(raw), string.swapcase('aBc'), string.capitalize('hello there'))
print(string.split('a,b,,c', ','), string.split(' a  b '), string.rsplit('a-b-c', '-', 1), string.splitfields('x:y', ':'))
print(string.join(['a', 'b', 'c']), string.join(['a', 'b'], '-'), string.joinfields(('x', 'y'), ''))
print(string.find('banana', 'an'), string.rfind('banana', 'an'), string.find('banana', 'an', 2, 4), string.count('banana', 'a'))
print(string.index('abc', 'c'), string.rindex('abcabc', 'a'))
print(string.replace('aaa', 'a', 'b'), string.replace('aaa', 'a', 'b', 2))
print(repr(string.ljust('x', 3)), repr(string.rjust('x', 3, '*')), repr(string.center('x', 5, '-')), string.expandtabs('a\tb', 4))
print(string.atoi('42'), string.atoi('ff', 16), string.atof('2.5'), string.atoi(' -7 '))
print(string.upper(u'caf\xe9') == u'CAF\xc9', string.join([u'a', u'b'], u'+'))
sep = ', '
print(string.join(map(str, [1, 2, 3]), sep))
print(string.upper('a' + 'b'), string.strip(str(12) + ' '))
print(string.ascii_letters[:5], string.digits)
