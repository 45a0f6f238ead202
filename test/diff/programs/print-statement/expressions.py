# print statements over conditional expressions, lambdas, generators and unicode.
values = [3, 1, 2]
print 'max' if values else 'none', max(values)
print sorted(v * 2 for v in values)
print (lambda n: n + 1)(4)
print u'caf\xe9'.encode('utf-8').decode('utf-8') == u'caf\xe9', len(u'\u263a')
print 'semi'; print 'colon'
if values: print 'inline if'
for v in values: print 'v', v
