# Comments, line continuations, multi-line parentheses, nested blocks, `;` separated statements.
x = 10
print "a", \
    "b"
print \
    "continued"
print ("first" +  # a comment inside the parentheses
       " second"), x
print "trailing comment"  # print "not code"
print "hash # in a string", 'quote " inside'
print """triple
quoted""", '''and 'single' triple'''
print r"raw \n string", u"unicode"
s = "print inside a string"
print s
# print "a commented-out statement"
def outer():
    def inner(n):
        if n:
            print "inner", n
        else:
            print "zero"
    inner(1)
    inner(0)
outer()
print 1; print 2; print
while x > 8:
    x -= 1
    print "x is", x
try:
    print "in try"
finally:
    print "in finally"
