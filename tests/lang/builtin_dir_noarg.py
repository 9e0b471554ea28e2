# dir() without an argument lists the caller's local names, sorted: a
# function's bound locals, a module's globals, a class body's namespace.
def f(b, a=1):
    z = 2
    if False:
        never = 0
    inner = [x for x in range(2)]
    return dir()


def g():
    n = 1

    def h():
        return n
    return dir(), h()


print(f(0), g())


class C:
    attr = 1
    names = dir()


print(C.names)
names = [n for n in dir() if not n.startswith('__')]
print(names)
print('__name__' in dir(), dir() == sorted(globals()))
