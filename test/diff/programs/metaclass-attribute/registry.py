# __metaclass__ with other class attributes and methods, and a subclass inheriting it.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super(Meta, mcs).__new__(mcs, name, bases, ns)

class Base(object):
    __metaclass__ = Meta
    x = 1
    def hello(self):
        return 'hi ' + self.tag

class Child(Base):
    pass

print Base().hello(), Child().hello(), type(Child).__name__
