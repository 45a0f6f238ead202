# reload(module) returns the same module object with its state re-executed.
import string
import colorsys
m = reload(colorsys)
print m is colorsys, m.__name__
print reload(string).ascii_lowercase[:3]
