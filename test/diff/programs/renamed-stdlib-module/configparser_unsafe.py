# diff: unsafe
from __future__ import print_function
# ConfigParser (unsafe: interpolation and strict mode changed) read from a text buffer (stringio-choice, unsafe).
import ConfigParser
import StringIO

text = '[server]\nhost = example.org\nport = 8080\n\n[paths]\nroot = /srv\n'
parser = ConfigParser.RawConfigParser()
parser.readfp(StringIO.StringIO(text))
print(parser.sections())
print(parser.get('server', 'host'), parser.getint('server', 'port'))
print(parser.items('paths'))
print(parser.has_option('server', 'user'))
try:
    parser.get('server', 'user')
except ConfigParser.NoOptionError:
    print('no option')
