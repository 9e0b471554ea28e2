# Exceptions raised in generators get __context__ as in CPython: the
# generator's own handled exception, else its caller's.
def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError("in gen")


g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))


def gen2():
    try:
        raise ValueError("a")
    except ValueError:
        yield 1
        raise TypeError("b")


g = gen2()
next(g)
try:
    next(g)
except TypeError as e:
    print(repr(e), repr(e.__context__))


def gen3():
    yield 1
    raise TypeError("c")


try:
    raise ValueError("outer")
except ValueError:
    g = gen3()
    next(g)
    try:
        next(g)
    except TypeError as e:
        print(repr(e), repr(e.__context__))


def gen4():
    try:
        yield 1
    finally:
        raise RuntimeError("fin")


g = gen4()
next(g)
try:
    g.throw(ValueError("v"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


def gen5():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("on close")


g = gen5()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), repr(e.__context__))


def inner():
    yield 1
    raise OSError("deep")


def outer():
    try:
        raise IndexError("mid")
    except IndexError:
        yield from inner()


try:
    raise ArithmeticError("top")
except ArithmeticError:
    it = outer()
    next(it)
    try:
        next(it)
    except OSError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
for x in (v for v in [1]):
    pass
try:
    raise NameError("n")
except NameError:
    try:
        for v in (1 // (i - 1) for i in range(3)):
            pass
    except ZeroDivisionError as e:
        print(repr(e), repr(e.__context__))
