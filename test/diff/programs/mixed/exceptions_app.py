# Error handling in the old style: except X, e; raise X, msg; e.args; StandardError; sys.exc_info.
import sys

class ConfigError(Exception):
    pass

def load(setting):
    if not setting:
        raise ConfigError, 'empty setting'
    try:
        return int(setting)
    except ValueError, e:
        raise ConfigError('bad number: %s' % e.args[0])

for s in ['12', '', 'x9']:
    try:
        value = load(s)
        print 'loaded', value
    except ConfigError, err:
        print 'config error:', err
try:
    1 / 0
except ZeroDivisionError:
    print 'caught', sys.exc_info()[0].__name__
