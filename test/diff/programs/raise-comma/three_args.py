# diff: unsafe
# raise E, value where value is a tuple of args.
try:
    raise KeyError, ('k', 1)
except KeyError as e:
    print e.args
try:
    raise ValueError, 'msg'
except ValueError as e:
    print e.args
