# Function objects: __closure__ cells, __code__ fields, assignable
# __defaults__/__kwdefaults__, __qualname__, __module__, __globals__,
# __annotations__ and the attribute __dict__.
def outer():
    x = 1
    def inner():
        return x + y
    y = 2
    return inner
i = outer()
print(type(i.__closure__), len(i.__closure__), [c.cell_contents for c in i.__closure__])
print(outer.__closure__)
def o2():
    def inner(): return z
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("VE", e)
    z = 3
    print(c.cell_contents)
o2()
def f(a, b=2, *args, c=3, d, **kw):
    e = 1
    return e
co = f.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_filename.endswith('.py'), co.co_firstlineno, co.co_kwonlyargcount, co.co_posonlyargcount)
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (5,)
print(f.__defaults__)
def g(a, b=1): return a, b
g.__defaults__ = (7,)
print(g(1))
g.__defaults__ = None
try: g(1)
except TypeError as e: print(e)
def k(*, a=1): return a
k.__kwdefaults__ = {'a': 9}
print(k())
class C:
    def m(self): pass
    class N:
        def q(self): pass
print(C.m.__qualname__, C.N.q.__qualname__, f.__module__, f.__globals__ is globals())
def ann(a: int, b: "str" = 1) -> float: pass
print(ann.__annotations__, f.__annotations__)
f.attr = 5
print(f.attr, f.__dict__)
print(f.__name__)
f.__name__ = "ff"
print(f.__name__, f.__qualname__)
print(co.co_flags & 0x0c, (lambda: 0).__code__.co_name)
def locs():
    def inner(): pass
    return inner
print(locs().__qualname__)


def cells(a):
    b = 2

    def use():
        return a + b

    c = 3
    return use


print(cells.__code__.co_varnames, cells.__code__.co_nlocals, cells(1).__code__.co_freevars)
print(cells.__code__.co_flags, cells(1).__code__.co_flags)


def gen(*a, **k):
    yield 1


async def co():
    pass


print(gen.__code__.co_flags, co.__code__.co_flags)


def posonly(a, b, /, c, *, d=4):
    return a, b, c, d


co2 = posonly.__code__
print(co2.co_argcount, co2.co_posonlyargcount, co2.co_kwonlyargcount, posonly.__kwdefaults__)
posonly.__kwdefaults__ = None
try:
    posonly(1, 2, 3)
except TypeError as e:
    print(e)
posonly.__defaults__ = (30,)
posonly.__kwdefaults__ = {"d": 40}
print(posonly(1, 2), posonly.__defaults__)
posonly.__defaults__ = ()
print(posonly.__defaults__)
for bad in [("__defaults__", [1]), ("__kwdefaults__", (1,))]:
    try:
        setattr(posonly, *bad)
    except TypeError as e:
        print(e)
print(posonly(1, 2, 3))
