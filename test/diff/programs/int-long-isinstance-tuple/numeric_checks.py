# isinstance(x, (int, long)) keeps accepting every integer; bool is an int on both.
def kind(x):
    if isinstance(x, (int, long)):
        return 'integer'
    if isinstance(x, (float, complex)):
        return 'number'
    return 'other'

print ' '.join([kind(v) for v in [3, 2 ** 80, True, 1.5, 2j, '7', None]])
print isinstance(10 ** 30, (long, int))
