# isinstance(x, (int, int)) after a rename, and (str, str) duplicates.
print isinstance(3, (int, int)), isinstance('a', (str, str, float))
