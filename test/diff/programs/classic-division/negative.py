# Floor division of ints, negative operands included: py2 `/` floors toward -inf like `//`.
def show(*args):
    print(" ".join([str(a) for a in args]))

items = [3, 1, 4, 1, 5, 9, 2]
middle = len(items) / 2
show(middle)
show(items[len(items) / 2])
show(-7 / 2)
show(7 / -2)
show(-len(items) / 3)
total = 0
for i in range(-5, 6):
    total += i / 3
    show(i, i / 3, i / -3)
show(total)
