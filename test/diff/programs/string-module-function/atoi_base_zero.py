# diff: bug: string-module-function's safe fix rewrites string.atoi(s, 0) to int(s, 0), but Python 2 base 0 accepted an old-style octal "010" (8) and Python 3 raises ValueError
import string
print string.atoi('0x1f', 16), string.atoi('0x1f', 0)
print string.atoi('010', 0)
