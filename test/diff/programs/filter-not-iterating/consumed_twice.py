# diff: unsafe
# filter() results kept and used twice; filter(None, ...) drops falsy items.
nums = [0, 1, 2, 3, 4, 5, 6]
evens = filter(lambda n: n % 2 == 0, nums)
print evens, len(evens), sum(evens)
print filter(None, [0, '', 'x', None, 3])
truthy = filter(None, nums)
print truthy[0], truthy[-1], truthy
