# diff: differs
# An event log: tuple-parameter lambdas, sort with cmp=, zip of lists used twice, print >>.
import sys
events = [('boot', 3), ('load', 10), ('ready', 12), ('idle', 40)]
durations = map(lambda (name, t): t, events)
gaps = zip(durations, durations[1:])
print gaps, len(gaps)
print [b - a for a, b in gaps]
events.sort(cmp=lambda x, y: y[1] - x[1])
for name, t in events:
    print >>sys.stdout, '%5s @ %d' % (name, t)
