# diff: unsafe
# except E, (code, msg): unpacking the exception's args.
try:
    raise EnvironmentError(2, 'missing')
except EnvironmentError, (code, msg):
    print code, msg
