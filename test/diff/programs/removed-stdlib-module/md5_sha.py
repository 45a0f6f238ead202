# diff: differs
# md5 / sha modules removed in Python 3 (hashlib replaces them; no automatic fix).
import md5
import sha
print md5.new('abc').hexdigest()
print sha.new('abc').hexdigest()
