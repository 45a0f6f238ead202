from __future__ import print_function
# os.getcwdu returns the directory as text, like Python 3 os.getcwd.
import os

here = os.getcwdu()
print(isinstance(here, type(u'')), here == os.path.abspath(u'.'))
print(os.path.basename(os.getcwdu()) == os.path.basename(here))
