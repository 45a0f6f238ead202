# sys.exitfunc runs at exit, after the main program's output.
import sys
def goodbye():
    print 'exit handler ran'
sys.exitfunc = goodbye
print 'main done'
