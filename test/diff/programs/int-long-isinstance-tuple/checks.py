from __future__ import print_function
# (int, long) is every integer in Python 2; int is every integer in Python 3.
for value in [5, -3, 2 ** 70, True, 5.0, '5', None, 10L]:
    print(repr(value) if not isinstance(value, (int, long)) else 'integer',
          isinstance(value, (int, long)), isinstance(value, (long, int, float)))
print(issubclass(bool, (int, long)), issubclass(float, (int, long)), issubclass(str, (int, long, str)))
