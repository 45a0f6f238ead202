# diff: unsafe
# A handle passed to pickle.dump must be binary on Python 3; writing to os.devnull shows nothing either way.
import os
import pickle
f = open(os.devnull, 'w')
pickle.dump({'a': 1}, f)
f.close()
print 'dumped', f.closed
