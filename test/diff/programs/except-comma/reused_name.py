# Several handlers in one function bind the same name; each handler binds it anew before use.
def run(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError, e:
            out.append('zero')
        try:
            out.append([1, 2][v])
        except IndexError, e:
            out.append('index: ' + str(e))
    return out

print(run([0, 1, 5]))

def nested():
    try:
        try:
            {}['k']
        except KeyError, e:
            print('inner ' + repr(e.args))
            raise ValueError('outer')
    except ValueError, e:
        print('outer ' + str(e))

nested()
