# Repeated types in isinstance/issubclass tuples.
class Base(object):
    pass


class Child(Base):
    pass


for value in [1, "s", 2.5, Child(), None]:
    print("%s %s" % (isinstance(value, (int, int)), isinstance(value, (Base, float, Base))))
print("%s %s" % (issubclass(Child, (Base, Base)), issubclass(int, (str, float, str))))
