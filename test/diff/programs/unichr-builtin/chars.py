from __future__ import print_function
# unichr returns a one-character text string, as Python 3 chr does.
print(unichr(65) == u'A', len(unichr(0x263a)), ord(unichr(0x263a)))
print(unichr(0x1F600) == u'\U0001F600', len(unichr(0x1F600)))
print(u''.join(unichr(c) for c in range(97, 102)))
try:
    unichr(-1)
except ValueError:
    print('ValueError')
f = unichr
print(f(0x41) + f(0x42))
