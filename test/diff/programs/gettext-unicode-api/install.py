from __future__ import print_function
# install(unicode=True): Python 3's install() always gives a text-returning _().
import gettext
gettext.install('py3migrate-no-such-domain', unicode=True)
print(_('hello'), _('hello') == u'hello', type(_('x')) is type(u''))
