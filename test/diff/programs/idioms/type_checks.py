# diff: unsafe
# type(x) == T becomes isinstance(x, T): the same answers where no subclass is involved.
def kind(value):
    if type(value) == dict:
        return 'dict'
    if type(value) is list:
        return 'list'
    return 'other'
print [kind(v) for v in [{}, [], 1, 'x']]
print type(3) is not str, type('s') != str
