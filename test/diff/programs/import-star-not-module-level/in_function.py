# diff: differs
# `from m import *` inside a function is a SyntaxError in Python 3.
def area(r):
    from math import *
    return round(pi * r * r, 3)

print area(2)
