# diff: differs (string.atoi(s, 0) read "010" as octal 8; Python 3 int("010", 0) raises ValueError: the fix is unsafe for base 0)
import string
print string.atoi('0x1f', 16), string.atoi('0x1f', 0)
print string.atoi('010', 0)
