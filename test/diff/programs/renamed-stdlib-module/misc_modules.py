from __future__ import print_function
# Several renamed modules whose uses keep their behaviour.
import __builtin__
import copy_reg
import htmlentitydefs
import httplib
import repr
import xmlrpclib
import SocketServer

print(__builtin__.len([1, 2, 3]), __builtin__.max(4, 2))
print(httplib.OK, httplib.NOT_FOUND, httplib.responses[404])
print(issubclass(httplib.BadStatusLine, httplib.HTTPException))
print(htmlentitydefs.name2codepoint['amp'], htmlentitydefs.codepoint2name[60])
print(repr.repr([i for i in range(100)]))
print(xmlrpclib.dumps((1, 'two'), 'method'))
print(SocketServer.TCPServer.__name__, SocketServer.ThreadingMixIn.__name__)


class Point(object):
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    return Point, (p.x,)


copy_reg.pickle(Point, reduce_point)
print(copy_reg.dispatch_table[Point] is reduce_point)
