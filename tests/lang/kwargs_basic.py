# **kwargs collects extra keyword arguments into a dict (in call order).
def f(a, **kw):
    return a, kw
print(f(1), f(1, x=2, y=3), f(a=0, z=1))
def g(**kw):
    return list(kw)
print(g(b=1, a=2, c=3))
def h(*args, **kw):
    return args, kw
print(h(), h(1, k=2))
try:
    f(1, a=2)
except TypeError as e:
    print(e)
