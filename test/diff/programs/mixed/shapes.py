# Old-style classes, __metaclass__, class attributes, integer division of areas, reduce and apply.
import operator

class Registry(type):
    names = []
    def __new__(mcs, name, bases, ns):
        Registry.names.append(name)
        return type.__new__(mcs, name, bases, ns)

class Shape(object):
    __metaclass__ = Registry
    sides = 0

class Square(Shape):
    sides = 4
    def __init__(self, w):
        self.w = w
    def area(self):
        return self.w * self.w

class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h // 2

shapes = [Square(3), Triangle(5, 3), apply(Square, (2,))]
print Registry.names
print [s.area() for s in shapes]
print reduce(operator.add, [s.area() for s in shapes])
print sum(s.sides for s in shapes)
