# iteritems/iterkeys/itervalues consumed by sorted(), sum(), any(), and a generator expression.
prices = {'apple': 3, 'pear': 5, 'fig': 2}
print sorted(prices.iteritems())
print sum(prices.itervalues()), max(prices.itervalues())
print any(k.startswith('p') for k in prices.iterkeys())
print sorted((v, k) for k, v in prices.iteritems())
it = prices.iterkeys()
print sorted(it), sorted(it)
