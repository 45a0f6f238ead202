# map() results used as lists: indexed, measured, iterated twice, compared.
nums = [1, 2, 3, 4]
doubled = map(lambda n: n * 2, nums)
print doubled[0], len(doubled), doubled
print sum(doubled), max(doubled)
strs = map(str, nums)
print '-'.join(strs), strs == ['1', '2', '3', '4']
