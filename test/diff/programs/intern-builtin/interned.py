# intern() returns the canonical copy of a str.
a = intern('hello world'[:5] + '!')
b = intern('hello!')
print a is b, a
keys = [intern(k) for k in ['x', 'y', 'x']]
print keys[0] is keys[2]
