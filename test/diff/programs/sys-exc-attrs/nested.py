from __future__ import print_function
# A handler inside a handler, and a call that handles its own exception: inside each except
# block sys.exc_type still names the exception that block handles.
import sys


def swallow():
    try:
        {}['x']
    except KeyError:
        return 'swallowed ' + sys.exc_type.__name__


try:
    raise ValueError('outer')
except ValueError:
    print(swallow(), sys.exc_type.__name__, sys.exc_value)

try:
    raise ValueError('outer')
except ValueError:
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_type.__name__, sys.exc_value)
