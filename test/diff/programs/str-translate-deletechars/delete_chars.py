# diff: unsafe
# Deleting characters from native strings (text on Python 3).
phone = "(555) 123-4567"
print(phone.translate(None, "-() "))
junk = "aeiou"
words = ["migrate", "python", "translate"]
print(",".join([w.translate(None, junk) for w in words]))
print(("x" + phone).translate(None, "0123456789"))
