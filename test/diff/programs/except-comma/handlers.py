# `except E, e:` binds the caught exception to `e`; `except E as e:` does the same on 2.6+ and 3.
def parse(s):
    try:
        return int(s)
    except ValueError, e:
        return 'bad: %s' % e.args[0][:26]

def lookup(d, k):
    try:
        return d[k]
    except (KeyError, IndexError), err:
        return 'missing %r' % (err.args,)

print(parse('12'))
print(parse('x1'))
print(lookup({'a': 1}, 'a'))
print(lookup({'a': 1}, 'b'))
print(lookup([1], 3)[:8])

try:
    raise RuntimeError('top level')
except RuntimeError,e: print(str(e))

class Failure(Exception):
    pass

for exc in (Failure('one'), TypeError('two')):
    try:
        raise exc
    except (Failure), (caught):
        print('failure ' + str(caught))
    except Exception, caught:
        print('other ' + type(caught).__name__)
