# diff: differs
# `a / b` on function parameters cannot be proven integer: the finding stays and Python 3 divides truly.
def average(total, count):
    return total / count

def split(amount, parts):
    share = amount / parts
    return [share] * parts

print average(10, 4), average(10.0, 4)
print split(7, 2)
