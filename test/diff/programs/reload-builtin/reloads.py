from __future__ import print_function
# reload re-runs the module in the same module object.
import json
import string

json.extra = 'kept'
m = reload(json)
print(m is json, json.extra, hasattr(json, 'dumps'))
print(reload(string) is string)
try:
    reload(42)
except TypeError:
    print('TypeError')
