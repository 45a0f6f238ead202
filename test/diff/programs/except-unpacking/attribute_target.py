# except E, obj.attr and except E, d[key]: Python 2 stores the exception into any assignment target.
class Holder(object):
    pass
h = Holder()
try:
    int('x')
except ValueError, h.err:
    pass
print type(h.err).__name__
d = {}
try:
    [][1]
except IndexError, d['e']:
    pass
print type(d['e']).__name__
