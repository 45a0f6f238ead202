# diff: differs
# Dictionaries iterated while mutating, keys() lists kept, iteritems and has_key, ordered output.
scores = {'ann': 3, 'bob': 0, 'cy': 5, 'dee': 0}
names = scores.keys()
names.sort()
print names
for name in scores.keys():
    if not scores[name]:
        del scores[name]
print sorted(scores.iteritems())
print scores.has_key('cy'), 'bob' in scores
for k, v in scores.items():
    scores[k + '!'] = v * 2
print sorted(scores.items())
print sorted(scores.itervalues()), len(scores.keys())
