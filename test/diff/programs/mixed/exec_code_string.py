# diff: bug: Python 2 code inside a string run by exec/eval is not looked at: the print statement and the classic `/` in the strings break or change on Python 3 and no rule reports them (2to3 does not either)
exec "print 'from exec', 7 / 2"
print eval('7 / 2')
