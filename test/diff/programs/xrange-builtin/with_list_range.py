from __future__ import print_function
# The module also uses range() in a way only a list (py2) or range (py3) supports: slicing.
# A Python 2 xrange cannot be sliced, so the compat fix must not rebind `range` for the module.
window = range(10)[2:5]
print(len(window), window[0], sum(window))
for i in xrange(2):
    print(i, range(6)[1:][i])
