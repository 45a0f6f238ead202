# diff: differs
# The `as` name outlives the handler in Python 2; Python 3 deletes it when the handler ends.
def parse(text):
    try:
        value = int(text)
    except ValueError, err:
        value = -1
    print 'value', value
    print 'last error', err

parse('12x')
