# Generators resumed from every path: for loops and `yield from` (in the
# same eval loop), built-ins that iterate from C (sum, max, min, any, all,
# list, tuple, sorted, str.join, next), send/throw/close; `yield` statements
# (whose sent value is dropped) beside `yield` expressions (which keep it).
# Ends with an exception raised in a generator that sum() drives.


def count(n):
    for i in range(n):
        yield i


def failing(n, exc):
    for i in range(n):
        yield i
    raise exc


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# every C consumer, and the error each one passes on from the generator body
for name, consume in [("sum", sum), ("max", max), ("min", min), ("any", any), ("all", all),
                      ("list", list), ("tuple", tuple), ("sorted", sorted), ("set", set)]:
    show(name, lambda: consume(count(5)))
    show(name + " raising", lambda: consume(failing(3, ValueError("bad " + name))))
    show(name + " genexpr", lambda: consume(x * 2 for x in count(4) if x != 1))
show("join", lambda: "-".join(str(i) for i in count(4)))
show("join raising", lambda: "-".join(str(10 // (2 - i)) for i in count(4)))
show("sum start", lambda: sum((x for x in count(4)), 100))
show("max key", lambda: max(count(6), key=lambda v: -abs(v - 2)))
show("max default", lambda: max((x for x in count(0)), default="empty"))
show("enumerate", lambda: list(enumerate(count(3))))
show("zip", lambda: list(zip(count(3), (c for c in "abcd"))))
show("any stops early", lambda: any(print("saw", x) or x == 1 for x in count(5)))


# PEP 479: StopIteration raised in the body becomes RuntimeError, on each path
def leaks_stop():
    yield 1
    raise StopIteration("inner")


show("sum pep479", lambda: sum(leaks_stop()))
try:
    for v in leaks_stop():
        pass
except RuntimeError as e:
    print("for pep479", e, "| cause:", repr(e.__cause__))


# `return x` ends the generator: StopIteration(x) from next() and send(),
# the value of `yield from`, and nothing at all from sum() or a for loop
def returns(x):
    yield 1
    return x


g = returns("done")
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("next: StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
g = returns([1, 2])
print(g.send(None))
try:
    g.send("ignored")
except StopIteration as e:
    print("send: StopIteration", e.value)


def delegate():
    r = yield from returns("from inner")
    yield r


print("yield from:", list(delegate()), sum(returns(5)))
print("next default:", next(count(0), "nothing"), next(count(3), "nothing"))


# a generator closed half-way: its finally runs once, then it is exhausted
def guarded(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")


log = []
g = guarded(log)
print(sum(next(g) for _ in range(3)), log)
g.close()
print(log, list(g), sum(g), next(g, "exhausted"))
g.close()
print(log)
g = guarded(log)
print(max(x for x, _ in zip(g, range(4))), log)
del g
print(log)


# send: a yield expression keeps the value, a yield statement drops it
def echo():
    got = []
    while True:
        v = yield len(got)
        got.append(v)
        yield got
        if len(got) >= 2:
            return got


def statements():
    yield "a"
    for i in range(3):
        yield i
    yield "b"


g = echo()
print(next(g), g.send("x"), next(g), g.send("y"))
try:
    next(g)
except StopIteration as e:
    print("echo returned", e.value)
g = statements()
print(next(g), g.send("dropped"), g.send(42), next(g), g.send(None), next(g, "end"))
genexp = (x * x for x in range(3))
print(next(genexp), genexp.send("dropped too"), list(genexp))


# throw at a yield statement, inside loops, with and try blocks: the stack
# under the yield (loop iterators, the with's exit) must still be right
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def nested():
    for i in range(2):
        for j in "xy":
            with Ctx():
                try:
                    yield i, j
                except KeyError as e:
                    print("caught", e)
                    yield "recovered"
                finally:
                    print("finally", i, j)


g = nested()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("passed on:", e)
print(next(g, "exhausted"))
g = nested()
print(next(g), next(g))
g.close()
print(list(nested()))


# a generator that resumes itself, from a for loop and from sum()
def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)


def selfish_sum():
    yield 1
    yield sum(me2)


me2 = selfish_sum()
try:
    print(list(me2))
except ValueError as e:
    print("ValueError", e)
print(list(me2))


# deep chains of generators, driven by sum, max and a for loop
def chain(depth, n):
    if depth == 0:
        yield from range(n)
    else:
        for v in chain(depth - 1, n):
            yield v + 1


print(sum(chain(30, 100)), max(chain(5, 7)), [v for v in chain(3, 2)])


# a traceback through the generator: the last line must match python3's
def third(values):
    for v in values:
        yield 10 // (3 - v)


print(sum(third(range(3))))
print(sum(third(range(5))))
