# The exception a generator sees as handled (sys.exc_info, bare raise,
# __context__) as it moves between handling none, its own and its caller's,
# resumed by next(), a for loop and `yield from`, with the caller handling
# one or not between steps.
import sys


def seen():
    e = sys.exc_info()[1]
    return repr(e)


def stepper():
    yield "plain " + seen()
    try:
        raise ValueError("own")
    except ValueError:
        yield "own " + seen()
        yield "own again " + seen()
    yield "after " + seen()
    try:
        raise
    except RuntimeError as e:
        yield "bare raise " + repr(e)
    except Exception as e:
        yield "bare raise caller's " + repr(e)


def drive(g, handling):
    out = []
    for i in range(6):
        if handling[i]:
            try:
                raise KeyError(i)
            except KeyError:
                out.append(next(g, "done"))
        else:
            out.append(next(g, "done"))
    return out


for pattern in ([0] * 6, [1] * 6, [0, 1, 0, 1, 0, 1], [1, 0, 1, 0, 1, 0]):
    print(pattern, drive(stepper(), pattern))
print("outside", seen())


def loop_in_except():
    try:
        raise TypeError("outer")
    except TypeError:
        for s in stepper():
            print("for:", s, "| caller", seen())
        print("caller after", seen())


loop_in_except()
print("outside", seen())


def delegator():
    r = yield from stepper()
    yield "delegator " + seen()
    try:
        raise IndexError("d")
    except IndexError:
        yield from stepper()


for s in delegator():
    print("yield from:", s)
try:
    raise LookupError("c")
except LookupError:
    for s in delegator():
        print("yield from in except:", s)
print("outside", seen())


def ctx_gen():
    yield 1
    raise ZeroDivisionError("z")


def chained(handle):
    g = ctx_gen()
    next(g)
    try:
        if handle:
            try:
                raise ValueError("h")
            except ValueError:
                next(g)
        else:
            next(g)
    except ZeroDivisionError as e:
        return repr(e.__context__)


print(chained(False), chained(True), chained(False))
