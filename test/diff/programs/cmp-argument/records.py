# cmp= on records: multi-key comparison, a cmp with reverse=True, stable ties, and list.sort(cmp).
records = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
def by_age_then_name(a, b):
    return (a[1] - b[1]) or (a[0] > b[0]) - (a[0] < b[0])
print sorted(records, cmp=by_age_then_name)
print sorted(records, cmp=lambda a, b: a[1] - b[1], reverse=True)
records.sort(cmp=lambda a, b: len(a[0]) - len(b[0]))
print records
print sorted('Banana apple Cherry'.split(), cmp=lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))
