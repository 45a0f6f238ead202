# `raise E, V, T` attaches the traceback T; the fixed code keeps the innermost frame of T.
import sys
import traceback

class Gone(Exception):
    pass

def origin():
    return {}['key']

def reraise_with_message():
    try:
        origin()
    except KeyError:
        tb = sys.exc_info()[2]
        raise LookupError, "lookup failed", tb

def reraise_with_tuple():
    try:
        origin()
    except KeyError:
        tb = sys.exc_info()[2]
        raise Gone, (2, 'gone'), tb

def reraise_none():
    try:
        origin()
    except KeyError:
        raise ValueError, None, sys.exc_info()[2]

for fn in (reraise_with_message, reraise_with_tuple, reraise_none):
    try:
        fn()
    except Exception:
        kind, value, tb = sys.exc_info()
        frames = [entry[2] for entry in traceback.extract_tb(tb)]
        print('%s %r innermost=%s' % (kind.__name__, value.args, frames[-1]))
