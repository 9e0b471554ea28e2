# Argument binding errors of CPython, including qualified names.
def outer():
    def inner(a, b, *, c):
        pass
    return inner
inner = outer()
def two(a, b=1):
    pass
calls = [
    lambda: inner(1),
    lambda: inner(1, 2),
    lambda: inner(1, 2, 3),
    lambda: inner(1, 2, 3, c=1),
    lambda: inner(1, 2, c=3, d=4),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: (lambda: 0)(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
