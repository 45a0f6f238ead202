# diff: differs
# Parsing a CSV-ish text with the string module, map/filter results reused, and backticks.
import string

DATA = """id,name,score
1,ann,90
2,bob,72
3,cy,85
4,dee,60"""

lines = string.split(DATA, '\n')
header = string.split(lines[0], ',')
rows = map(lambda l: string.split(l, ','), lines[1:])
print header, len(rows)
scores = map(lambda r: string.atoi(r[2]), rows)
passed = filter(lambda r: int(r[2]) >= 70, rows)
print 'passed:', [r[1] for r in passed], len(passed)
print 'best:', max(scores), 'mean:', sum(scores) / len(scores)
print 'ids:', `[int(r[0]) for r in rows]`
