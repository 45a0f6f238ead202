# diff: differs
# Many types.XxxType constants; StringTypes has no safe rewrite (unicode), so its finding stays.
import types
print [t.__name__ for t in (types.BooleanType, types.ComplexType, types.DictionaryType, types.SliceType, types.TypeType, types.ObjectType, types.TupleType)]
print isinstance(u'x', types.StringTypes), isinstance('x', types.StringTypes)
print types.NoneType is type(None), types.EllipsisType is type(Ellipsis)
