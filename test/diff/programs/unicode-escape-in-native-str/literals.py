# In a Python 2 byte string \u, \U and \N are not escapes: the backslash is kept.
from __future__ import print_function


def describe():
    """Returns \u2603 and C:\Users (docstring kept verbatim)."""
    return 1

samples = [
    "C:\Users\Name\docs",
    '\u00e9',
    "\U0001F600",
    "\N{BULLET}",
    "\\u0041",
    "\\\u0041",
    "\t\u0041\n",
    """multi
line \u2603 \N
end""",
    '''\Users''',
    "a" "\u0062" 'c\N',
    "\x41\101\u",
]
for s in samples:
    print(len(s), [ord(c) for c in s])
print(describe.__doc__)
print('%s' % "\u00e9" == '\\u00e9')
