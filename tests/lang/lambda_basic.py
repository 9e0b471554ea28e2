# lambda: arguments, defaults, keyword-only, *args, **kwargs, nesting.
sq = lambda x: x * x
print(sq(7), (lambda: "nothing")(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda a, *, b: a - b)(10, b=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda y: y + 1)(3))
print(sq.__name__, sq.__qualname__)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print((lambda x: x if x > 0 else -x)(-5))
