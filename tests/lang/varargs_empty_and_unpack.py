# *args with no extra arguments, unpacking empty iterables, and tuples of args.
def f(*args, **kw):
    return args, kw
print(f(*[], **{}), f(*(), *[]), f(*"", x=1))
args = (1, 2)
print(f(*args, *args))
def g(a, b):
    return a - b
print(g(*[5], *[3]), g(**{"b": 1, "a": 2}))
