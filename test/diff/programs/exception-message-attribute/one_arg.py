# diff: unsafe
from __future__ import print_function

for text in ["12", "x1", ""]:
    try:
        int(text)
        print("ok", text)
    except ValueError as e:
        print("error:", e.message)

try:
    raise IOError("disk full")
except EnvironmentError as err:
    print(repr(err.message))
