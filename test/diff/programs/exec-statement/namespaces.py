# exec with `in globals`, `in globals, locals`, code objects and multi-line strings.
ns = {}
exec 'x = 6 * 7' in ns
print ns['x']
g, l = {'base': 10}, {}
exec 'y = base + 1\nz = y * 2' in g, l
print sorted(l.items())
code = compile('w = len("abc")', '<gen>', 'exec')
exec code in ns
print ns['w']
