# Generator expressions: lazy, single pass, scoping of the first iterable.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(i for i in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(3) for b in range(a)))
print(sorted(c for c in "hello" if c not in "l"))
xs = [1, 2, 3]
ge = (v + 1 for v in xs)
xs = [10]
print(list(ge))
def f(n):
    k = 100
    return list(k + i for i in range(n))
print(f(3))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), tuple(str(x) for x in (1, 2)))
print(dict((k, len(k)) for k in ["aa", "b"]))
