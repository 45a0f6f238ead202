# list.sort's first positional parameter was cmp in Python 2.
records = [('bob', 25), ('alice', 30), ('eve', 22)]
records.sort(lambda a, b: a[1] - b[1])
print records
words = ['ccc', 'a', 'bb']
words.sort(lambda a, b: len(a) - len(b), reverse=True)
print words
