# install(unicode=True, names=[...]): the compat fix must keep ** after the other keyword arguments.
import gettext
t = gettext.NullTranslations()
t.install(unicode=True, names=['ngettext'])
print _('hello'), type(_('hello')).__name__ in ('unicode', 'str')
print ngettext('one', 'many', 2)
