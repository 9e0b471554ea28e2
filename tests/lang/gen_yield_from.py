# yield from delegates iteration, sends and the return value.
def inner():
    a = yield "i1"
    b = yield "i2:" + str(a)
    return (a, b)
def outer():
    r = yield from inner()
    yield "result " + str(r)
    yield from range(2)
    yield from "xy"
o = outer()
print(next(o), o.send("A"), o.send("B"))
print(list(o))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
