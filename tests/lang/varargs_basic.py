# *args collects extra positional arguments into a tuple.
def f(a, *rest):
    return a, rest
print(f(1), f(1, 2, 3))
def g(*args):
    return len(args), type(args).__name__
print(g(), g(*range(5)))
def h(a, b=2, *args):
    return a, b, args
print(h(1), h(1, 3), h(1, 3, 5, 7))
try:
    f()
except TypeError as e:
    print(e)
