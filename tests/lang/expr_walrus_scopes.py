# Assignment expressions in generators, lambdas, nested comprehensions and
# generator expressions, methods and closures: the binding scope each time.
def outer():
    vals = [(cap := i) for i in range(3)]
    get = lambda: cap
    return vals, get()


print(outer())


def gen():
    for i in range(3):
        if (sq := i * i) > 0:
            yield sq
    yield [(w := k) for k in "xy"], w


print(list(gen()))
f = lambda xs: [(acc := x) for x in xs] and acc
print(f([4, 5]))
h = lambda xs: list((last := x) for x in xs) and last
print(h([6, 7]))


def deep():
    res = list(list((z := a + b) for b in range(2)) for a in range(2))
    return res, z


print(deep())
total = 0
print([total := total + n for n in range(4)], total)
print(sum((t2 := n) for n in range(3)), t2)


def closure_walrus():
    def inner():
        return (y := 5) + y

    return inner(), "y" in dir() if False else 0


print(closure_walrus())
try:
    if (e := int("x")):
        pass
except ValueError as err:
    print("err", type(err).__name__)


class C:
    def m(self):
        return [(r := j) for j in range(2)], r


print(C().m())
print([(a := 1), (b := a + 1), a + b])
data = {"k": 3}
if (v := data.get("k")) is not None and v > 2:
    print("v", v)
print((n := 10) if (n2 := 3) > 2 else 0, n, n2)
