from __future__ import print_function
# Inside an except block sys.exc_type/exc_value/exc_traceback are sys.exc_info().
import sys

try:
    {}['missing']
except KeyError:
    print(sys.exc_type.__name__, repr(sys.exc_value.args), sys.exc_traceback is not None)
    print(sys.exc_traceback.tb_lineno)


def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        return '%s: %s' % (sys.exc_type.__name__, sys.exc_value.__class__.__name__)


print(risky(2), risky(0))
