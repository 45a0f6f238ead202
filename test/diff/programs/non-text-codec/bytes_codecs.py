# diff: unsafe
# The bytes codecs on a b"" receiver; the results are printed as ASCII text, which matches.
data = b"py3migrate"
print(data.encode('hex').decode('ascii'))
print(data.encode('base64').decode('ascii').strip())
print(b"7079336d696772617465".decode('hex').decode('ascii'))
packed = data.encode('zlib')
print(packed.decode('zlib').decode('ascii'))
print(b"cHkzbWlncmF0ZQ==\n".decode('base64').decode('ascii'))
