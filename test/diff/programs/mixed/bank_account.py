# diff: differs
# A class with __nonzero__, __div__, __unicode__ and __cmp__ (the last has no safe fix).
class Account(object):
    def __init__(self, owner, cents):
        self.owner = owner
        self.cents = cents

    def __nonzero__(self):
        return self.cents != 0

    def __div__(self, parts):
        return Account(self.owner, self.cents // parts)

    def __unicode__(self):
        return u'%s: %d' % (self.owner, self.cents)

    def __str__(self):
        return unicode(self).encode('utf-8')

    def __cmp__(self, other):
        return cmp(self.cents, other.cents)

accounts = [Account('ann', 500), Account('bob', 0), Account('cy', 125)]
for a in accounts:
    print str(a), 'active' if a else 'empty'
print str(accounts[0] / 3)
print [a.owner for a in sorted(accounts)]
