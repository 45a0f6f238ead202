# Python 2 writes no space after a string ending in a newline or tab (softspace), and a trailing
# comma after such a string prints nothing more: these convert exactly to sep="" / end="".
print "line one\n",
print "line two"
print "tab\t", "after tab"
print "a\n", "b\n", "c"
print "header:\t", 42
for i in range(3):
    print "row %d\n" % i,
print "done"
print "ends via " "concatenation\n",
print "x"
print u"unicode tab\t", u"next"
print "crlf-ish\r\n",
print "escaped \\n is not a newline", "so a space follows"
print """multi
line\n""",
print "end"
