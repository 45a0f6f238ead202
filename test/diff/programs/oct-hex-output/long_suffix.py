# diff: unsafe
# hex() of Python 2 longs ends in L; code stripped it with [:-1].
for big in [2 ** 70, 3 ** 50, 16 ** 20 - 1]:
    print(hex(big)[:-1])
    print(hex(big)[2:-1])
