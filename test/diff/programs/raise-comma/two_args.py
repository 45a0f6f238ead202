# `raise E, V` builds E(V), E(*V) for a tuple V, and E() for None.
def show(fn):
    try:
        fn()
    except Exception as e:
        print('%s %r' % (type(e).__name__, e.args))

class Pair(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a + b)

def literal():
    raise ValueError, "bad value"

def formatted():
    raise KeyError, "missing %s" % ('k',)

def tuple_value():
    raise Pair, (1, 2)

def empty_tuple():
    raise RuntimeError, ()

def none_value():
    raise IndexError, None

def number():
    raise SystemError, 42

def concatenated():
    raise TypeError, ("one "
                      "two")

class errors(object):
    class Refused(Exception):
        pass

def attribute_type():
    raise errors.Refused, (111, 'refused')

for fn in (literal, formatted, tuple_value, empty_tuple, none_value, number, concatenated, attribute_type):
    show(fn)

def continued(mode):
    if mode not in ('raise', 'ignore'):
        raise ValueError, \
              ("mode (%s) must be 'raise' or 'ignore'" %
               mode)

def continued_concatenation(name):
    raise RuntimeError, \
        ("unable to create '%s': "
         "no zip utility") % name

show(lambda: continued('other'))
show(lambda: continued_concatenation('a.zip'))
