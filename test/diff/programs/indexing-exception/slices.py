# e[i] and e[i:j] inside handlers.
try:
    raise ValueError('a', 'b', 'c')
except ValueError as e:
    print e[0], e[1:], e[-1]
