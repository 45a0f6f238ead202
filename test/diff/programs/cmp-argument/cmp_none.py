# diff: differs
# sort(cmp=None) is flagged but not rewritten: Python 3 rejects the keyword.
nums = [5, 3, 4]
nums.sort(cmp=None)
print nums
