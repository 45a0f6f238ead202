# im_func / im_self / im_class on bound methods.
class A(object):
    def m(self):
        return 'm'
a = A()
bm = a.m
print bm.im_self is a, bm.im_func.__name__, bm.im_func(a)
