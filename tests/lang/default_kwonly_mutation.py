# Keyword-only defaults are shared across calls like positional ones.
def f(*, seen=[]):
    seen.append(len(seen))
    return seen
print(f(), f(), f(seen=[9]), f())
def g(a, *, b=None, c):
    return (a, b, c)
print(g(1, c=2), g(1, b=3, c=4), g(c=0, a=1))
