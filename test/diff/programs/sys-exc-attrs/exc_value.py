# sys.exc_type / exc_value inside a handler.
import sys
try:
    {}['missing']
except KeyError:
    print sys.exc_type.__name__, sys.exc_value.args
