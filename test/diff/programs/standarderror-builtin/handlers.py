# diff: unsafe
from __future__ import print_function
# except StandardError catches the ordinary errors, as except Exception does.
for bad in [lambda: 1 // 0, lambda: [][1], lambda: {}['k'], lambda: int('x')]:
    try:
        bad()
    except StandardError as e:
        print(type(e).__name__)


class AppError(StandardError):
    pass


try:
    raise AppError('boom')
except StandardError as e:
    print(type(e).__name__, e)
print(issubclass(ValueError, StandardError))
