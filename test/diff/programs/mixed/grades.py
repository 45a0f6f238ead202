# diff: differs
# Grades: integer averages (provable and not), round(), sorting by multiple keys, min/max with key.
students = [('ann', [90, 85, 77]), ('bob', [60, 75, 80]), ('cy', [88, 92, 95])]
for name, marks in students:
    print name, sum(marks) / len(marks), round(sum(marks) / 3.0, 1)
ranked = sorted(students, key=lambda s: (-sum(s[1]), s[0]))
print [s[0] for s in ranked]
print max(students, key=lambda s: min(s[1]))[0]
