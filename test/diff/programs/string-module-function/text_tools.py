# The string module's functions inside expressions, with maxsplit, and string.letters-free constants.
import string
line = 'name = value = more'
key, rest = string.split(line, '=', 1)
print repr(string.strip(key)), repr(string.strip(rest))
print string.join([string.capitalize(w) for w in 'the quick fox'.split()], ' ')
print string.upper(string.hexdigits), string.rjust(string.lower('AB'), 4, '.')
