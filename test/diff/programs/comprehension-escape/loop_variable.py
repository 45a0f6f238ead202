# diff: differs
# A list comprehension's loop variable leaks into the enclosing scope only in Python 2.
squares = [n * n for n in range(5)]
print squares
print 'last n:', n
