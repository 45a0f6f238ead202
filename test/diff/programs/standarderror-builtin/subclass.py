# diff: unsafe
# A StandardError subclass and a handler catching StandardError.
class AppError(StandardError):
    pass
try:
    raise AppError('bad')
except StandardError as e:
    print 'caught', type(e).__name__, e.args
