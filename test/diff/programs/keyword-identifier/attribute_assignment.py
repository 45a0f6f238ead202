# Attributes named like Python 3 keywords: assignments become setattr, reads getattr.
class Options(object):
    def __init__(self):
        self.async = False
        self.await = [1,
                      2]  # a value over two lines

o = Options()
print o.async, o.await
o.async = not o.async
print o.async
