# x in d.keys() / d.items() with a visibly unhashable x: Python 2 searched the list (False), the view raises TypeError, so list() is kept
d = {'a': 1}
in_keys = [1] in d.keys()
in_values = {} in d.values()
in_items = ('a', [1]) in d.items()
print in_keys, in_values, in_items, ('a', 1) in d.items()
