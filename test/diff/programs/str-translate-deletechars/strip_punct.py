# diff: unsafe
# s.translate(None, chars) deletes characters.
print 'Hello, World!'.translate(None, ',!')
print '(555) 123'.translate(None, '() ')
