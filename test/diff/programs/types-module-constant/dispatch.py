# diff: differs
# types.XxxType constants in a dispatch table; types.IntType has no safe rewrite (longs), so its finding stays.
import types
def kind(v):
    if isinstance(v, types.IntType):
        return 'int'
    if isinstance(v, types.FloatType):
        return 'float'
    if isinstance(v, (types.ListType, types.TupleType)):
        return 'seq'
    if isinstance(v, types.DictType):
        return 'dict'
    if v is None or type(v) is types.NoneType:
        return 'none'
    if isinstance(v, types.FunctionType):
        return 'function'
    return 'other'
print [kind(v) for v in [1, 2.0, [1], (2,), {}, None, kind, 'x']]
