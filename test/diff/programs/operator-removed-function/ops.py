from __future__ import print_function
# isCallable -> callable, sequenceIncludes -> contains, repeat -> mul.
import operator

print(operator.isCallable(len), operator.isCallable(3), operator.isCallable(int))
print(operator.sequenceIncludes([1, 2, 3], 2), operator.sequenceIncludes('abc', 'z'))
print(operator.repeat([0, 1], 3), operator.repeat('ab', 2))
f = operator.sequenceIncludes
print(f((1, 2), 1))
print(list(map(operator.isCallable, [str, None])))
