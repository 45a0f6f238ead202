# `/=` on an int counter, enumerate indices and ord() arithmetic.
def show(*args):
    print(" ".join([str(a) for a in args]))

n = 1000
steps = 0
while n > 1:
    n /= 3
    steps += 1
show(n, steps)
for i, c in enumerate("hello"):
    show(i / 2, (ord(c) - 100) / 7)
width = int("17")
show(width / 4, (width + 1) / 2 * 2)
big = 2 ** 70
show(big / 3)
x = 5
x = x * 3 + 1
show(x / 2)
show(10.0 / 4, 1 / 2.0)
