# f(*iterable) and f(**mapping) at call sites, mixed with plain arguments.
def f(a, b, c=0, d=0):
    return (a, b, c, d)
args = [1, 2]
print(f(*args), f(*args, 3), f(0, *[1], d=5), f(*range(4)))
print(f(*"ab"), f(*(1, 2), **{"d": 4}))
kw = {"c": 7, "d": 8}
print(f(1, 2, **kw), f(**{"a": 1, "b": 2}), f(*[1], b=2, **{"c": 3}))
print(max(*[3, 9, 2]), print(*["x", "y"], sep="|"))
print(*[1, 2], *[3], 4)
def g(*a, **k):
    return a, sorted(k.items())
print(g(*[1, 2], *(3,), x=1, **{"y": 2}, **{"z": 3}))
