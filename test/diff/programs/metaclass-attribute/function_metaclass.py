# diff: differs
# __metaclass__ may be any callable, here a function building the class (compat gets no fix for that; the finding stays).
def tagged(name, bases, ns):
    ns['tag'] = name.upper()
    return type(name, bases, ns)
class Thing(object):
    __metaclass__ = tagged
    x = 1
print Thing.tag, Thing.x
