# A generator freed while suspended inside its body is closed first, as in
# CPython: its finally blocks run (GeneratorExit at the yield), whether it
# is freed by reference counting or found in a reference cycle by the
# collector, which closes it before clearing anything (PEP 442).
import gc


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


# freed by reference counting: after a break, by del, by rebinding
for n in numbers("for-break"):
    break
print("after break")
g = numbers("del")
next(g)
del g
print("after del")
g = numbers("rebound")
next(g)
g = None
print("after rebind")

# exhausted, never started, or closed explicitly: nothing more runs
for n in numbers("exhausted"):
    pass
unstarted = numbers("never")
del unstarted
c = numbers("closed")
next(c)
c.close()
del c
print("quiet")


# GeneratorExit can be caught and turned into a return; a with-like
# cleanup in a nested generator runs too
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return


def outer():
    try:
        yield from numbers("inner")
    finally:
        print("outer finally")


g = catcher()
next(g)
del g
g = outer()
next(g)
del g


# a generator that yields again, or raises, in its finally block: the
# error is dropped (CPython reports it on stderr) and the program goes on
def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2


def raiser():
    try:
        yield 1
    finally:
        raise ValueError("dropped")


g = stubborn()
next(g)
del g
g = raiser()
next(g)
del g
print("errors dropped")


# a list frees its items last first, as CPython: the finally blocks run in
# that order
def deep(n):
    try:
        yield n
    finally:
        print("deep", n)


gens = [deep(i) for i in range(3)]
for g in gens:
    next(g)
del g
gens = None
print("list freed")


# in a reference cycle: the generator holds itself in a local, or a list
# that holds it; the collector closes it, the finally block sees its locals
def echo(tag):
    try:
        me = yield 1
        yield me
    finally:
        print("closed", tag, me is not None)


g = echo("self")
next(g)
print(g.send(g) is g)
del g
print("collecting")
gc.collect()
print("collected")


def over(items):
    try:
        for x in items:
            yield x
    finally:
        print("closed over", len(items))


items = [1, 2]
gen = over(items)
items.append(gen)
print(next(gen))
del items, gen
gc.collect()


# a finalizer that resurrects its generator: the cycle stays alive, the
# generator closed
saved = []


def phoenix(box):
    try:
        yield 1
    finally:
        saved.append(box)


for i in range(3):
    box = []
    p = phoenix(box)
    box.append(p)
    next(p)
    del p, box
gc.collect()
print(len(saved), [len(b) for b in saved], all(next(b[0], "done") == "done" for b in saved))
