# yield from over iterators that are not generators, which YIELD_FROM
# advances by their own next: exhaustion, values, mutation while
# delegating, send() of a value, throw(), and iterators that raise.
def flat(groups):
    for g in groups:
        r = yield from g
        yield ("end", r)


print(list(flat([[1, 2], (), (3,), [], iter([4, 5]), "xy", {7: 0}, range(8, 10)])))

items = [1, 2, 3]


def grow():
    yield from items


out = []
for v in grow():
    out.append(v)
    if v < 3 and len(items) < 6:
        items.append(v * 10)
print(out, items)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def via_class():
    r = yield from Countdown(3)
    yield r


print(list(via_class()))


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("inner")


def via_bad():
    try:
        yield from Bad()
    except KeyError as e:
        yield "caught", e.args[0]


print(list(via_bad()))

g = flat([[1, 2]])
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", "send" in str(e))
g = flat([[1, 2]])
print(next(g))
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print("ValueError", e)
print(list(g))
print(sum(x for x in flat([[1, 2, 3], (4,)]) if isinstance(x, int)))
