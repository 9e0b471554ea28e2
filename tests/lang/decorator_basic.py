# Decorators: applied bottom-up at definition, evaluated top-down.
def trace(f):
    def wrapper(*args, **kwargs):
        print("->", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("<-", f.__name__, r)
        return r
    return wrapper

@trace
def add(a, b=0):
    return a + b
add(1, b=2)

def tag(name):
    print("making", name)
    def deco(f):
        print("applying", name)
        return lambda *a: "<%s>%s</%s>" % (name, f(*a), name)
    return deco

@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
