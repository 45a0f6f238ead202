# diff: unsafe
# isinstance(x, basestring) on str and unicode values; the unsafe fix maps it to str.
def norm(v):
    if isinstance(v, basestring):
        return v.strip()
    return str(v)
print [norm(v) for v in [' a ', 3, ' b']]
