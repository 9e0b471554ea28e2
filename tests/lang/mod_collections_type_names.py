# The collections types' names, modules and reprs, as CPython's.
import collections
import itertools
from collections import Counter, OrderedDict, defaultdict, deque

for tp in (deque, defaultdict, Counter, OrderedDict, itertools.count, itertools.chain, int, dict):
    print(repr(tp), tp.__name__, tp.__qualname__, tp.__module__)
print(type(defaultdict(int)).__name__, type(deque()).__name__, type(iter(deque())).__name__)
print(repr(type(Counter())), repr(type(OrderedDict())))
for x in (OrderedDict(), Counter(), deque(), defaultdict()):
    try:
        x + 1
    except TypeError as e:
        print(e)


class MyD(defaultdict):
    pass


print(MyD.__module__, MyD.__name__, MyD.__mro__[1].__name__)
print(collections.deque.__name__, collections.Counter.__module__)
