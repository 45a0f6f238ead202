# diff: differs (math.floor / math.ceil return an int on Python 3: printed "3.0" becomes "3"; math-floor-ceil-int reports it, its float() fix is unsafe)
import math
print math.floor(3.7), math.ceil(3.2), math.trunc(2.5)
print [math.floor(x / 2.0) for x in range(3)]
