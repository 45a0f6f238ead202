# u'' literals are valid on 2.7 and 3.3+: nothing changes (the cleanup target drops the prefix).
names = [u'alpha', u'beta']
print [len(n) for n in names], u'-'.join(names) == u'alpha-beta'
