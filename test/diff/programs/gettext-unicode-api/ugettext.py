# diff: differs
# NullTranslations.ugettext / ungettext on an object: flagged, but only the install() forms have a fix.
import gettext
t = gettext.NullTranslations()
print t.ugettext('hello') == u'hello', t.ungettext('apple', 'apples', 2) == u'apples'
