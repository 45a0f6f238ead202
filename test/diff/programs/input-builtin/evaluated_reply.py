# diff: differs
# Python 2 input() evaluates the reply; Python 3 input() returns the text. Nothing safe can be done.
import sys
import StringIO
sys.stdin = StringIO.StringIO("6 * 7\n[1, 2] + [3]\n")
print repr(input("? "))
print repr(input())
