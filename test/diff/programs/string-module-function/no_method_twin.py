# diff: differs
# string.zfill/maketrans/translate/atol have no safe rewrite: the findings stay.
import string
print string.zfill('42', 5), string.zfill('-3', 4)
table = string.maketrans('abc', 'xyz')
print string.translate('aabbcc', table)
print string.atol('123456789012')
