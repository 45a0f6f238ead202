# A loop body whose last statement Python 2 puts outside the inner loop.
def run(n):
    total = 0
    for i in range(n):
	for j in range(i):
	    total += j
      	total += 100
    return total

for n in range(5):
    print('%d -> %d' % (n, run(n)))
while True:
	break
print('done')
