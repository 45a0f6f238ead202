from __future__ import print_function
# A registering metaclass, a base with bases, an empty body and a dotted metaclass name.
import abc

registry = []


class Registering(type):
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls

    def describe(cls):
        return "class %s via %s" % (cls.__name__, type(cls).__name__)


class Base(object):
    __metaclass__ = Registering
    kind = "base"


class Child(Base):
    kind = "child"


class Plain:
    __metaclass__ = Registering


class Two(Child, dict):
    """Doc."""
    __metaclass__ = Registering  # explicit again


class Abstract(object):
    __metaclass__ = abc.ABCMeta

    @abc.abstractmethod
    def run(self):
        pass


print(registry)
print(Base.describe())
print(Child.describe())
print(Plain.describe())
print([c.__name__ for c in Two.__mro__])
print(type(Plain).__name__)
try:
    Abstract()
    print("instantiated")
except TypeError:
    print("abstract")


class Impl(Abstract):
    def run(self):
        return "ran"


print(Impl().run())
print(isinstance(Impl(), Abstract))
