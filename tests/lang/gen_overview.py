# A tour of generators: next, send, return value, yield from, close, throw.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
def echo():
    r = None
    while True:
        r = yield r
        if r == "q":
            return "bye"
e = echo()
print(next(e), e.send(1), e.send(2))
try:
    e.send("q")
except StopIteration as s:
    print(s.value)
def deleg():
    r = yield from count(3)
    print("inner returned", r)
    yield from [10, 20]
print(list(deleg()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught", ex)
c = catcher(); next(c); c.throw(ValueError("boom")); c.throw(ValueError, "b2")
try:
    c.throw(KeyError("k"))
except KeyError as k:
    print("propagated", k)
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as v:
    print(v)
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as x:
    print(x)
print([y for y in (z * 2 for z in range(3))])
