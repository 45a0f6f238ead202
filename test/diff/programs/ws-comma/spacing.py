# Commas and dict colons with odd spacing; the fix changes layout only.
def f(a ,b,c):
    return a+b ,c
print f(1 ,2,3)
config = {"debug" :True,"level":2}
print sorted(config.items())
print "a ,b", [1,2 ,3]
