# locals() and vars() without an argument: a function's bound locals in a
# new dict (parameters first), a module's globals, a class body's namespace.
def f(p, *args, k=0, **kw):
    a = 1
    b = [a]
    if False:
        c = 3
    return locals()


print(f(1, 2, k=3, z=4))


def outer():
    x = 1
    y = 2

    def inner():
        return x
    loc = vars()
    return sorted(loc), inner()


print(outer())
print(locals() is globals(), vars() is globals())


class K:
    v = 1
    seen = sorted(locals())


print(K.seen)


def copy_not_view():
    a = 1
    d = locals()
    d['a'] = 99
    return a


print(copy_not_view())
