from __future__ import print_function
def greet(name, greeting="hello"):
    """Say hello."""
    return "%s %s" % (greeting, name)


def outer():
    x = 5

    def inner():
        return x
    return inner


def decorate(f):
    def wrapper(*args):
        return f(*args)
    wrapper.func_name = f.func_name
    wrapper.func_doc = f.func_doc
    return wrapper


print(greet.func_name, greet.func_doc, greet.func_defaults)
print(greet.func_code.co_argcount, greet.func_globals is globals())
print(outer().func_closure[0].cell_contents)
greet.func_dict["tag"] = 1
print(greet.tag)
print(decorate(greet).func_name, decorate(greet).__doc__)
