# For loops resume generators inside the caller's eval loop (no nested C
# call): yields, returns, exceptions, PEP 479, the handled exception,
# "already executing", breaks and later next() must behave as before.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def store_and_push():
    total = 0
    for x in count(5):  # FOR_ITER_STORE
        total += x
    pairs = [(a, b) for a in count(3) for b in count(2)]  # FOR_ITER in comprehensions
    return total, pairs


print(store_and_push())


def raiser(n):
    yield 1
    if n:
        raise ValueError("inside %d" % n)
    yield 2


for n in (0, 1):
    got = []
    try:
        for v in raiser(n):
            got.append(v)
    except ValueError as e:
        got.append(str(e))
    print(got)


def stops():
    yield 1
    raise StopIteration("leak")


try:
    for v in stops():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def handles():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise  # the generator's own handled exception survives the yield


try:
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            for v in handles():
                print("handles", v)
        except KeyError as e:
            print("KeyError", e)
        raise  # the loop's caller still handles IndexError
except IndexError as e:
    print("IndexError", e)


def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError", e)

g = count(6)
for v in g:
    if v == 2:
        break
print("after break", next(g), list(g), next(g, "end"))


def nested(depth):
    if depth == 0:
        yield depth
        return
    for v in nested(depth - 1):
        yield v + 1


print(list(nested(200)))
sys.setrecursionlimit(60)
try:
    print(sum(1 for _ in nested(100)))
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


for v in closer():
    print("closer", v)
c = closer()
for v in c:
    break
c.close()
print("end")


# `yield from` resumes the inner generator in the same eval loop too.
def inner(tag):
    got = yield tag + "-1"
    print("inner got", got)
    yield tag + "-2"
    return tag + "-result"


def outer():
    r = yield from inner("a")
    print("outer r", r)
    r = yield from inner("b")
    return r


print(list(outer()))
o = outer()
print(next(o), o.send("sent"), next(o), o.send(None))
try:
    o.send("late")
except StopIteration as e:
    print("StopIteration", e.value)

o = outer()
next(o)
try:
    o.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown through", e)


def chain(depth):
    if depth == 0:
        yield "leaf"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


c = chain(150)
print(next(c), c.send(None) if False else "-")
try:
    next(c)
except StopIteration as e:
    print("chain value", e.value)
sys.setrecursionlimit(60)
try:
    print(list(chain(100)))
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)


def bad_inner():
    yield 1
    raise StopIteration("inner leak")


def delegator():
    try:
        yield from bad_inner()
    except RuntimeError as e:
        yield "caught " + str(e)


print(list(delegator()))


def guarded():
    try:
        yield from closer()
    finally:
        print("guarded finally")


gd = guarded()
print(next(gd))
gd.close()
print("".join(x for x in outer() if x), max(v for v in chain(3)))
