# diff: unsafe
# string.letters / lowercase / uppercase are locale-free ASCII here; the fix uses ascii_* names.
import string
print string.lowercase[:5], string.uppercase[-3:], len(string.letters)
