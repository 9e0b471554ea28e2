# An exception in a generator body propagates to the consumer with a traceback.
def g():
    yield 1
    raise ValueError("inside")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
try:
    next(it)
except StopIteration:
    print("exhausted after error")
def h():
    try:
        yield 1
    except ZeroDivisionError:
        yield "zd"
x = h()
next(x)
print(x.throw(ZeroDivisionError))
