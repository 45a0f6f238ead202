from __future__ import print_function
# The module also calls Python 2's evaluating input() (in a branch that does not run):
# the compat fix must not rebind `input` for the whole module.
import io
import sys

sys.stdin = io.StringIO(u'hello\n')


def ask_number():
    return input('number? ')


print(raw_input().upper())
print(callable(ask_number))
