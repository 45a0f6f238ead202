from __future__ import print_function
import errno


def fail(*args):
    raise EnvironmentError(*args)


try:
    fail(errno.ENOENT, "missing")
except EnvironmentError as e:
    print(e[0] == errno.ENOENT, e[1], e[:1], e[0:2])

try:
    fail("one")
except EnvironmentError, err:
    print(err[0], err[-1], len(err[1:]))

try:
    raise KeyError("k")
except (KeyError, IndexError) as e:
    print(e[0])
