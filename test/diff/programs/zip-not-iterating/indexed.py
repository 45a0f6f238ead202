# zip() indexed, compared and its type name shown: it must stay a list.
z = zip('ab', [1, 2])
print z[0], z == [('a', 1), ('b', 2)], type(z).__name__
