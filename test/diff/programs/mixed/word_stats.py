# diff: differs
# Word statistics: has_key counting, iteritems, integer division, sorting with key, xrange.
TEXT = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs"""

counts = {}
for word in TEXT.split():
    if counts.has_key(word):
        counts[word] += 1
    else:
        counts[word] = 1

top = sorted(counts.iteritems(), key=lambda kv: (-kv[1], kv[0]))[:4]
for word, n in top:
    print '%-6s %d' % (word, n)
total = sum(counts.values())
print 'words', total, 'distinct', len(counts), 'mean length', sum(len(w) for w in TEXT.split()) / total
for i in xrange(0, len(top), 2):
    print [w for w, _ in top[i:i + 2]]
