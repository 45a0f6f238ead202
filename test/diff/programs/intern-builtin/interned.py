from __future__ import print_function
# intern returns the canonical copy of a string.
a = ''.join(['ab', 'cd'])
b = ''.join(['abc', 'd'])
print(a is b, intern(a) is intern(b), intern(a) == 'abcd')
try:
    intern(1)
except TypeError:
    print('TypeError')
