# Backticks around expressions, nested in strings, tuples and arithmetic.
n = 42
print `n` + '!', `n + 1`, `'quote'`, `(1, 'a')`
print len(`range(3)`), `3.5`, `None`
