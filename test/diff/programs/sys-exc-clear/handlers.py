# diff: unsafe
# sys.exc_clear() only dropped the saved exception; the unsafe fix removes the call.
import sys
def safe_int(text):
    try:
        return int(text)
    except ValueError:
        sys.exc_clear()
        return 0
print safe_int('4'), safe_int('x')
