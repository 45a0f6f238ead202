# diff: differs
# Python 2 rounds half away from zero and returns a float; Python 3 rounds half to even and returns an int.
for x in [0.5, 1.5, 2.5, -2.5]:
    print x, round(x)
print round(2.675, 2), round(7 / 2.0)
