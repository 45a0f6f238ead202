# Old-style classes used in ways that behave the same as new-style ones: attributes, methods, inheritance.
class Base:
    kind = 'base'
    def __init__(self, n):
        self.n = n
    def describe(self):
        return '%s:%d' % (self.kind, self.n)

class Child(Base):
    kind = 'child'

print Base(1).describe(), Child(2).describe(), isinstance(Child(3), Base)
