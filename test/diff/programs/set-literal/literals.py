# set([...]) and set((...)) to literals; element order of evaluation is kept.
calls = []


def note(value):
    calls.append(value)
    return value


s = set([note(3), note(1), note(2), note(1)])
print(sorted(s))
print(calls)
t = set((1,))
print(sorted(t))
u = set([w.lower() for w in ["A", "b", "B"]])
print(sorted(u))
v = set([x * 2 for x in range(4)])
print(sorted(v))
print(len(v))
print(len(set([
    "a",
    "b",
])))
