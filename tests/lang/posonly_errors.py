# Positional-only parameters passed by keyword: CPython's TypeErrors.
def f(a, b, /, c):
    return a, b, c
def g(a, /):
    return a
tests = [lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: g(a=1),
         lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: g(1, x=2),
         lambda: (lambda x, /: x)(x=1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
