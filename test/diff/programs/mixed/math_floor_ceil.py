# diff: bug: math.floor / math.ceil return a float on Python 2 and an int on Python 3; printed results change ("3.0" -> "3") and no rule reports it
import math
print math.floor(3.7), math.ceil(3.2), math.trunc(2.5)
print [math.floor(x / 2.0) for x in range(3)]
