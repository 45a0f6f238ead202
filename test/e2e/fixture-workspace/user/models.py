"""User records. Python 2 code: the e2e tests read its findings and tick its checklist."""


class User(object):
    def __init__(self, name, quota=0L):
        self.name = name
        self.quota = quota
        self.settings = {}

    def setting(self, key):
        if self.settings.has_key(key):
            return self.settings[key]
        return None

    def describe(self):
        print "user", self.name
        return `self.name`
