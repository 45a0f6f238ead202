# diff: unsafe
# -*- coding: utf-8 -*-
class Name(object):
    def __init__(self, text):
        self.text = text

    def __unicode__(self):
        return self.text

    def __str__(self):
        return unicode(self).encode('utf-8')


n = Name(u"abc")
print("%s" % n)
print(len(str(n)))
