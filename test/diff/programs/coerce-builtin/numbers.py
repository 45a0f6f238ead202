# diff: differs
# coerce() was removed in Python 3.
print coerce(1, 2.5)
print coerce(3L, 4)
