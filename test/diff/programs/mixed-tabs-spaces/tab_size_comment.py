# vim:ts=4:sw=4
# Python 2 honours the tab size in the comment above (Python 3 ignores it): a tab is 4 columns here.
def pick(items):
	kept = []
    for item in items:
	    if item % 2:
		    kept.append(item)
        	kept.append(-item)
		kept.append(0)
    return kept

print(pick([1, 2, 3]))
