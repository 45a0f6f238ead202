# Backticks are repr(): same text on Python 2 and 3 for these values.
x = 42
s = 'it\'s'
items = [1, 'two', (3,)]
print('x=' + `x`)
print(`s`)
print(`items`)
print(`x + 1` + `x * 2`)
print(`x, s`)
print(`(x, s)`)
print(`[n * n for n in range(4)]`)
print(`None` + `True`)
print(`x if x > 40 else -x`)
print(`'a`b'`)
print(``x``)
print(`'1' + `2` + `3``)
print(`{'k': (1,
               2)}`)
print(len(`range(3)`) > 0)
