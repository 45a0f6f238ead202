# diff: unsafe
from __future__ import print_function
# filter() over a variable holding a list: the unsafe fix (it could have been a str or tuple) is right here.
nums = [5, 6, 7]
odd = filter(lambda n: n % 2, nums)
print(odd, odd[0])
