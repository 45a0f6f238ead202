# diff: differs
# A module-level variable named `nonlocal` (a keyword in Python 3): no fix renames module globals.
nonlocal = 3
print nonlocal + 1
