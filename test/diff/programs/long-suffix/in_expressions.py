# Long literals in containers, defaults and slices behave like ints.
def scale(x, factor=1000L):
    return x * factor

values = [1L, 2L, 3L]
print(sum(values))
print(scale(5))
print('abcdef'[1L:4L])
print({0L: 'zero'}[0])
print(' '.join('%d=%s' % kv for kv in sorted({3L: 'c', 1L: 'a'}.items())))
print(str(-9L // 2) + ' ' + str(-9L % 4))
