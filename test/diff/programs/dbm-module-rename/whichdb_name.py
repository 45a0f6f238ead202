# diff: unsafe
# diff: differs
# anydbm / whichdb became dbm (an unsafe py3 fix; compat has no fix, so the compat finding stays).
import anydbm
print anydbm.error[0].__name__ in ('error', 'OSError', 'IOError')
