# diff: unsafe
# sys.maxint as a sentinel for "no limit"; only comparisons are printed.
import sys
best = sys.maxint
for v in [30, 7, 12]:
    best = min(best, v)
print best, sys.maxint > 2 ** 30
