# diff: differs
# String hashes differ between Python 2 and 3 (and between runs without a fixed seed).
names = ['alpha', 'beta', 'gamma']
for n in names:
    print n, hash(n) % 8
