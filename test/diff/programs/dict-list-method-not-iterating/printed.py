# keys()/values()/items() printed, compared with a list and indexed: they must stay lists.
d = {'only': 1}
print d.keys(), d.values(), d.items()
print d.keys() == ['only'], d.items()[0]
