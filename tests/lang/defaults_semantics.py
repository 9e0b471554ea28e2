# Defaults are evaluated once, at definition time (the mutable-default gotcha).
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []), append(4))
n = 5
def f(x=n):
    return x
n = 6
print(f(), f(0))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
print(append.__defaults__, f.__defaults__, len(g.__defaults__))
