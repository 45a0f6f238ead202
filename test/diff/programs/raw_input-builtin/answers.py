from __future__ import print_function
# raw_input reads one line without its newline; Python 3 input() does the same.
import io
import sys

sys.stdin = io.StringIO(u'first line\n  spaced  \n42\nlast')
a = raw_input()
b = raw_input('prompt> ')
print()
c = int(raw_input())
d = raw_input()
print('[%s] [%s] %d [%s]' % (a, b, c, d))
try:
    raw_input()
except EOFError:
    print('EOF')
