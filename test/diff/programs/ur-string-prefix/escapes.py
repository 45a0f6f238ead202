# ur"..." literals: raw, except that \uXXXX and \UXXXXXXXX (after an odd run of backslashes)
# are still escapes in Python 2. The fixed literals must have exactly the same characters.
from __future__ import print_function

samples = [
    ur"\d+\u2603",
    ur"plain",
    UR'\w+\s*',
    Ur"\\u0041",
    uR"\\\u0041",
    ur"\N{DASH}",
    ur"\x41\t\n",
    ur'it\'s \u00e9',
    ur"say \"hi\"",
    ur"""multi
line "quoted" \u2603 \
end\"""",
    ur'''single ' quote \U0001F600''',
    ur"a\
b",
    ur"\\",
    ur"" ur"\u0041" u"\u0042",
]
for s in samples:
    print(isinstance(s, type(u'')), len(s), [ord(c) for c in s])
