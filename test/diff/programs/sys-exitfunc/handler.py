from __future__ import print_function
# sys.exitfunc = f becomes atexit.register(f): f still runs once at exit.
import sys

def goodbye():
    print('goodbye')

sys.exitfunc = goodbye
print('running')
