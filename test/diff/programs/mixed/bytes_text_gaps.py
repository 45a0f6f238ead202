# diff: bug: str/bytes changes no rule flags: printing encoded bytes, comparing bytes with a str literal, indexing bytes
# Text and bytes mixed the way Python 2 code does without thinking: each line prints something else on 3.
name = u'Zo\xeb'
data = name.encode('utf-8')
print data
print data == 'Zo\xc3\xab'
print data[0] == 'Z'
print 'size %d' % len(data), '%s' % data.decode('utf-8').encode('ascii', 'replace')
