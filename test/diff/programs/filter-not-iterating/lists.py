from __future__ import print_function
evens = filter(lambda n: n % 2 == 0, [1, 2, 3, 4])
print(evens, len(evens))
words = filter(None, 'a  b c'.split(' '))
print(words)
if filter(lambda n: n > 10, range(5)):
    print('never')
print(sum(filter(None, [0, 1, 2])))
