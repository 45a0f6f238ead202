# diff: differs
# None orders below everything in Python 2; Python 3 raises TypeError.
scores = [3, 7, 5]
best = None
for s in scores:
    if s > best:
        best = s
print best
print max(None, 4), None < 0
