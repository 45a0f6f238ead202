# types.NotImplementedType and types.EllipsisType (test_sys.py) are the types of the singletons.
import types

print types.NotImplementedType is type(NotImplemented), types.EllipsisType is type(Ellipsis)
print isinstance(NotImplemented, types.NotImplementedType), isinstance(Ellipsis, types.EllipsisType)
print types.NotImplementedType.__name__, types.EllipsisType.__name__
