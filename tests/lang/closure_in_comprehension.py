# Comprehensions inside functions reading and capturing enclosing locals.
def f(n):
    k = 3
    return [x * k for x in range(n)], [lambda: x for x in range(n)][-1]()
print(f(4))
def g():
    base = 100
    fs = [lambda y, x=x: base + x + y for x in range(3)]
    return [h(1) for h in fs]
print(g())
