# diff: unsafe
# Raising a string is a TypeError on 2.7 already; a bare except catches either way.
def fail():
    raise "something broke"
try:
    fail()
except:
    print 'caught'
