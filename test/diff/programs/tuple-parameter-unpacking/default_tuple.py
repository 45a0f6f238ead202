# A tuple parameter with a default value.
def f(a, (b, c)=(1, 2)):
    return a + b + c
print f(10), f(10, (20, 30))
