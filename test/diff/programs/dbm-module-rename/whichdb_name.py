# diff: unsafe
# anydbm / whichdb became dbm; only the exception class name is printed.
import anydbm
print anydbm.error[0].__name__ in ('error', 'OSError', 'IOError')
