# os.getcwdu() is text; only facts that do not depend on the directory are printed.
import os
here = os.getcwdu()
print isinstance(here, type(u'')), here == os.path.abspath(u'.'), os.path.isabs(here)
