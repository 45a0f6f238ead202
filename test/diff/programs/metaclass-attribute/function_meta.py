from __future__ import print_function


class WithFields(type):
    def __init__(cls, name, bases, ns):
        super(WithFields, cls).__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith("_"))


class Record(object):
    __metaclass__ = WithFields
    a = 1
    b = 2


class Sub(Record):
    c = 3


class Empty:
    __metaclass__ = type


print(Record.fields, Sub.fields, type(Sub).__name__, type(Empty).__name__)
