# rot13 is str -> str on Python 2 and 3 alike through codecs.encode/decode.
secret = "Hello, World"
hidden = secret.encode('rot13')
print(hidden)
print(hidden.encode('rot_13'))
print("Uryyb".decode('rot13'))
words = ["abc", "xyz", "Migrate"]
print(",".join([w.encode('ROT13') for w in words]))
