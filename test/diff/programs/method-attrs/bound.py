from __future__ import print_function
class A(object):
    def m(self):
        return "m of %s" % type(self).__name__

    @classmethod
    def c(cls):
        return cls.__name__


a = A()
bound = a.m
print(bound.im_self is a, bound.im_func is A.__dict__["m"])
print(bound.im_func(a))
print(a.m.im_func.__name__)
klass = A.c
print(klass.im_self.__name__, klass.im_func(A))
