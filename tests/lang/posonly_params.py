# Positional-only parameters (before '/') in defs and lambdas.
def clamp(x, lo=0, hi=10, /, *, strict=False):
    if strict and not lo <= x <= hi:
        raise ValueError("out of range")
    return max(lo, min(x, hi))
print(clamp(15), clamp(-3, -1), clamp(5, 6, 8), clamp(3, strict=True))
def mixed(a, b, /, c, d=4):
    return (a, b, c, d)
print(mixed(1, 2, 3), mixed(1, 2, c=30), mixed(1, 2, d=40, c=3))
def with_kwargs(name, /, **kw):
    return name, sorted(kw.items())
print(with_kwargs("x", name="y", z=1))
def with_star(a, /, *rest):
    return a, rest
print(with_star(1, 2, 3))
sq = lambda v, /: v * v
pair = lambda a, b=2, /, c=3: (a, b, c)
print(sq(9), pair(1), pair(1, 5, c=6))
class P:
    def __init__(self, value, /):
        self.value = value
    def get(self, /):
        return self.value
print(P(7).get())
print(clamp.__name__, mixed(*[1, 2], **{"c": 3}))
