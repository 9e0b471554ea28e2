# Reference cycles through sets and library containers (functools,
# itertools, collections) are collected (generators: gc_generators.py).
# Counts differ between interpreters, so only lower bounds are printed;
# each bound fails if the cycles leak.
import gc
import operator
from collections import defaultdict, deque, namedtuple
from functools import lru_cache, partial
from itertools import chain, cycle

N = 10**5


class Box:
    pass


# a set holding an instance that holds the set; a frozenset holding an
# instance that holds a list holding the frozenset
b = Box()
b.s = {b, 1}
f = Box()
f.l = [frozenset([f, 2])]
del b, f
print(gc.collect() >= 3)

# a set iterator kept by an element of the set
k = Box()
k.it = iter({k})
del k
print(gc.collect() >= 2)


# functools: a partial holding a list that holds it; an lru_cache wrapper
# whose cached result refers back to it
lst = []
p = partial(print, lst)
lst.append(p)


@lru_cache(maxsize=None)
def cached(n):
    return [cached, n]


print(cached(1)[1], cached(1) is cached(1))
del lst, p, cached
print(gc.collect() >= 3)

# itertools and deque iterators stored in what they iterate
src = [1, 2]
src.append(chain(src))
cyc = [3]
cyc.append(cycle(cyc))
dq = deque([1])
dq.append(iter(dq))
del src, cyc, dq
print(gc.collect() >= 6)

# an operator.methodcaller whose argument holds it
calls = []
calls.append(operator.methodcaller("append", calls))
del calls
print(gc.collect() >= 2)

# a defaultdict whose factory refers to it, a namedtuple class whose
# defaults hold a list that holds an instance
def make_dd():
    d = defaultdict(lambda: d)
    return d


dd = make_dd()
print(dd[1] is dd)
Point = namedtuple("Point", "x y", defaults=[None])
p1 = Point(1)
holder = [p1]
p1.x  # the instance is a tuple: the cycle goes through its field
inner = Point(1, holder)
holder.append(inner)
del dd, Point, p1, holder, inner
print(gc.collect() >= 3)

# a dict of atoms that survived a collection (CPython and gilpy untrack
# it) is tracked again once it holds a container: its cycle is found, also
# through a tuple that held it meanwhile, and through an instance's dict
d = {"a": 1}
tu = (d, 2)
owner = Box()
owner.n = 1
gc.collect()
d["t"] = tu
owner.me = owner
del d, tu, owner
print(gc.collect() >= 3)

# many sets holding their owner: gc.collect() finds every one; with gc
# enabled they never pile up
gc.disable()
for i in range(N):
    o = Box()
    o.s = {o}
del o
print(gc.collect() >= 2 * N)
gc.enable()
for i in range(N):
    o = Box()
    o.s = {o}
del o
print(gc.collect() < N // 10)
