# diff: unsafe
# The unsafe fixes keep behaviour where the name is rebound before any later read,
# and where a class-like target name is only used inside the handler.
def f():
    try:
        1 // 0
    except ZeroDivisionError, e:
        msg = str(e)[:7]
    e = 'rebound'
    return msg + ' ' + e

print(f())

def g(d):
    try:
        return d['x']
    except KeyError, Missing:
        return 'missing ' + repr(Missing.args)

print(g({}))
