# diff: differs[operator-div]
# operator.div floors ints and divides floats truly; which replacement applies depends on the operands.
import operator
print operator.div(7, 2), operator.div(7.0, 2)
print reduce(operator.div, [100, 3, 2])
