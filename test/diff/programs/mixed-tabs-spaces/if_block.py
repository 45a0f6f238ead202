# Tabs after spaces in one block, consistent under tab size 8.
def f(x):
    if x:
	return "tab"
    return "space"
print f(1), f(0)
