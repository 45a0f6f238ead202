# diff: unsafe
# A user exception class that does not override __getitem__/__iter__ unpacks to its args, like the fix's `.args`.
import socket

class ParseError(Exception):
    def __init__(self, line, reason):
        Exception.__init__(self, line, reason)

try:
    raise ParseError(3, 'unexpected token')
except ParseError, (line, reason):
    print('line %d: %s' % (line, reason))

try:
    raise socket.error(111, 'refused')
except socket.error, (code, msg):
    print('%d %s' % (code, msg))
