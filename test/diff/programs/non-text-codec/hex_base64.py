# diff: differs
# str.encode('hex') / decode('base64') / decode('hex') on native str literals: text on Python 3, so even
# the unsafe codecs.encode() rewrite fails there; the findings stay.
print 'hi'.encode('hex'), 'aGk=\n'.decode('base64'), '6869'.decode('hex')
