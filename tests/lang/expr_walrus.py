# Assignment expressions (PEP 572): in conditions, displays, calls,
# subscripts and comprehensions, where they bind in the enclosing
# function's scope (a global at module level, a nonlocal cell from a
# generator expression); nonlocal and global declarations apply.
data = [1, 2, 3]
if (n := len(data)) > 2:
    print("long", n)
while (k := data.pop()) > 1:
    print("k", k)
print(k, data)


def f(xs):
    total = 0
    ys = [(total := total + x) for x in xs]
    return ys, total


print(f([1, 2, 3]))


def g(xs):
    found = any((hit := x) > 2 for x in xs)
    return found, hit


print(g([1, 5, 2]))
print([y := 5, y ** 2], y)
print({(z := 3): z + 1}, z, {w := 1, w + 1})
print(print(a := 10), a)
lst = [0, 1, 2, 3]
print(lst[i := 2], i)
m = (lambda: (q := 7) * 2)()
print(m, "q" in globals())
s = sum(v for u in range(3) if (v := u * 10))
print(s, v)
print([(j, jj) for j in range(3) if (jj := j * j) > 0], jj)


def counter():
    c = 0

    def bump():
        nonlocal c
        return [(c := c + 1) for _ in range(3)]

    return bump(), c


print(counter())


def glob():
    global G
    [G := i for i in range(4)]


glob()
print(G)
res = [[(cell := r * c) for c in range(3)] for r in range(2)]
print(res, cell)
gen = ((last := e) for e in "abc")
print(list(gen), last)


def nested():
    out = list((t := x) for x in range(3))
    inner = lambda: t
    return out, t, inner()


print(nested())


class K:
    attr = (val := 5) + 1
    print(val)


print(K.attr, K.val if hasattr(K, "val") else None)
x = (y := 1, 2)
print(x, y)
if any((m2 := n2) > 1 for n2 in [0, 2, 3]):
    print(m2)
print(f"{(fz := 4)} {fz}", f"{3:=10}")
