# Statements whose block depends on a tab counting to the next multiple of 8.
def classify(x, y):
	out = []
	if x:
	    if y:
		out.append('xy')
    	    out.append('x')
  	    if not y:
		    out.append('x-only')
	else:
        	out.append('not-x')
    	return ','.join(out)

for x in (0, 1):
    for y in (0, 1):
	print('%d%d %s' % (x, y, classify(x, y)))
