# operator.isCallable / sequenceIncludes / repeat / isSequenceType on ordinary values.
import operator
print operator.isCallable(len), operator.isCallable(3)
print operator.sequenceIncludes([1, 2, 3], 2), operator.sequenceIncludes('abc', 'z')
print operator.repeat([0], 3), operator.repeat('ab', 2)
