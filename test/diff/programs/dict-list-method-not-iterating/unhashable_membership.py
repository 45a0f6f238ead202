# diff: bug: `x in d.keys()` / `x in d.values()` with an unhashable x is not flagged: Python 2 searched a list and answered False, Python 3's keys view raises TypeError (the rule's own docs name this case)
d = {'a': 1}
print [1] in d.keys(), {} in d.values(), ('a', 1) in d.items()
