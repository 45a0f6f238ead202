# diff: unsafe
# `exec code` without a namespace inside a function is unsafe: Python 2 runs it in the function's
# locals. It is the same when the code does not assign names the function reads afterwards.
seen = []


def record(value):
    seen.append(value)


def run(text):
    exec text
    return len(seen)


print run("record(1)")
print run("record(2); record(3)")
print seen
