# diff: unsafe
# has_key on nested dicts, in conditions and comprehensions.
config = {'db': {'host': 'x'}, 'cache': {}}
print config.has_key('db'), config['db'].has_key('port')
print [k for k in sorted(config) if config[k].has_key('host')]
if not config.has_key('log'):
    print 'no log section'
