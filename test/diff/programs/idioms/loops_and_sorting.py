# while 1 loops and list-then-sort, which idioms rewrites to while True and sorted().
counts = {'pear': 3, 'apple': 1, 'fig': 2}
names = list(counts)
names.sort()
print names
i = 0
while 1:
    i += 1
    if i > 3:
        break
print i
pairs = list(counts.items())
pairs.sort()
print pairs
