# Comprehension clauses written on lines of their own that end with a colon: a `for` statement's
# header ends that way too, but here the colon opens a slice or belongs to a lambda or a comment.
xs = [4, 5, 6]
print([x * 10
       for x in xs[1:
       ]])
print([f(2)
       for f in abs, lambda n:
       n * 3])
print([x
       for x in 7, 8  # both:
       ])
for x in xs[:2]:  # a statement header, for contrast:
    print(x)
