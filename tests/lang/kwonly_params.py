# Keyword-only parameters after * or *args, with and without defaults.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9))
for call in (lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, b=3), lambda: f(b=1)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(*args, sep="-", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="+", end="."))
def h(*, x, y):
    return x * y
print(h(y=2, x=5))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
