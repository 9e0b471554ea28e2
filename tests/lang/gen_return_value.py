# return in a generator: StopIteration.value; a bare return gives None.
def g(x):
    yield x
    return x * 2
it = g(5)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print("value", e.value)
it = g(1)
next(it)
print(next(it, "default"))
