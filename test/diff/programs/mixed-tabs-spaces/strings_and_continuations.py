# Tabs inside strings are data and must survive; continuation lines may be re-indented.
class Report(object):
    def __init__(self, rows):
	self.rows = rows
    def render(self):
	text = '''header
	indented with a tab
    	four spaces and a tab
'''
	total = (sum(self.rows) +
    		 len(self.rows))
	line = 'a\tb' + \
		'c'
        if total > 3:
	    text += 'big'
	return repr(text) + ' ' + repr(line) + ' %d' % total

print(Report([1, 2, 3]).render())
print(Report([]).render())
