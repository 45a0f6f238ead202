# diff: unsafe
# Local variables and parameters named async / await / nonlocal, renamed within their function.
def fetch(url, async=False):
    if async:
        mode = 'background'
    else:
        mode = 'inline'
    def describe():
        return '%s:%s:%s' % (url, mode, async)
    return describe()


def tally(items):
    await = 0
    for nonlocal in items:
        await += nonlocal
    async_ = 'kept'
    async = [await, async_]
    return async


class Job(object):
    def run(self, await):
        return ['%s!' % x for x in await]


print(fetch('a'))
print(fetch('b', True))
print(tally([1, 2, 3]))
print(Job().run(['x', 'y']))
