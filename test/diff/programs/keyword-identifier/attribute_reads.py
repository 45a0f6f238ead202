# Reading attributes named async / await / True / None: `obj.async` becomes getattr(obj, 'async').
class Conn(object):
    def __init__(self):
        setattr(self, 'async', [10, 20])
        setattr(self, 'await', lambda n: n * 3)

    def flag(self):
        return self.async[1] + self.await(2)


Options = type('Options', (object,), {'True': 'yes', 'None': 'nothing', 'async': True})
conn = Conn()
print(conn.flag())
print(conn.async)
print([c.async[0] for c in (conn, Conn())])
print(Options.True + ' / ' + Options.None)
if Options.async and conn.await(1) == 3:
    print('both')
print(getattr(Conn(), 'async', None) is not None)
