# Forms tree-sitter reads as calls or expressions: Python 2 prints a tuple, a sum, a slice ...
a = 1
b = "two"
print (a, b)
print ("one", 2, None)
print ()
print ("single",)
print (a)
print ("just text")
print (a) + 4
print (a), b
print ("x" "y")[1]
print (a,) * 2
print (b).upper()
print [a, b][1]
print - a
print
