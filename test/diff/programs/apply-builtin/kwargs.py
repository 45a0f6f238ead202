# apply(f, args, kwargs) with computed tuples, keyword dicts and a bound method.
def describe(name, size=0, *rest, **opts):
    return '%s/%d/%r/%r' % (name, size, rest, sorted(opts.items()))

args = ('box', 3)
print apply(describe, args)
print apply(describe, args + (7, 8), {'color': 'red'})
print apply(describe, ['tin'], dict(lid=True))
words = ['b', 'a']
apply(words.sort, ())
print words
print apply(max, [[4, 9, 2]])
