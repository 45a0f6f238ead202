from __future__ import print_function
# cmp= and a positional cmp become key=functools.cmp_to_key(...); stable ties and reverse keep their order.
def by_len(a, b):
    return len(a) - len(b)

words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(sorted(words, cmp=by_len))
print(sorted(words, by_len))
print(sorted(words, cmp=by_len, reverse=True))
words.sort(cmp=lambda a, b: (a[-1] > b[-1]) - (a[-1] < b[-1]))
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
pairs.sort(cmp=lambda a, b: a[0] - b[0])
print(pairs)
