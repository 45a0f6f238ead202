from __future__ import print_function
# The types aliases that ARE the builtin: DictType is dict, NoneType is type(None), ...
import types

values = [{}, [], (), 1.5, True, 1j, None, object(), int, slice(1)]
checks = [types.DictType, types.ListType, types.TupleType, types.FloatType, types.BooleanType, types.ComplexType,
          types.NoneType, types.ObjectType, types.TypeType, types.SliceType]
for value, kind in zip(values, checks):
    print(type(value).__name__, isinstance(value, kind), type(value) is kind)
print(types.DictionaryType is types.DictType, types.ListType([1, 2]), types.TupleType('ab'))
print(isinstance(None, types.NoneType), isinstance(0, types.NoneType))
