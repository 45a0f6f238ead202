# func_name / func_defaults / func_closure / func_globals / func_code on functions and closures.
def outer(a=1, b=2):
    def inner():
        return a
    return inner

f = outer()
print outer.func_name, outer.func_defaults, f.func_name
print len(f.func_closure), f.func_closure[0].cell_contents
print outer.func_code.co_argcount, outer.func_globals is globals()
