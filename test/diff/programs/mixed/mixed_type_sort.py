# diff: bug: sorting and max/min over values of different types (int and str, list and dict) raise TypeError on Python 3; mixed-type-ordering only flags a literal None operand, so nothing is reported
print sorted([3, '2', 1, 2.5]), max(1, 'a'), min([[], {}, ()])
