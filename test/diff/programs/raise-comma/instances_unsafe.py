# diff: unsafe
# With a value that is not an instance of E, the unsafe `E(V)` fix still builds the same exception.
# (Three arguments with a name value have no fix that is right on both targets: py3 `E(V).with_traceback(T)`
# is wrong when V is an instance, compat `six.reraise(E, V, T)` when it is not.)
import sys

def wrap(message):
    try:
        raise ValueError, message
    except ValueError as e:
        return e.args

print(wrap('from a name'))

def wrap_call(n):
    try:
        raise KeyError, str(n * 2)
    except KeyError as e:
        return e.args

print(wrap_call(21))
