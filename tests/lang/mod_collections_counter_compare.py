# Counter's comparisons (CPython 3.10+): a missing count is zero; <= and
# >= are multiset inclusion, < and > also need inequality; with a plain
# dict, dict equality.
from collections import Counter

a, b = Counter(a=1, b=2), Counter(a=1, b=2, c=0)
print(a == b, a != b, Counter(a=0) == Counter(), Counter(a=1) != Counter(a=1, b=0))
print(a <= b, a < b, Counter(a=1) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0))
print(Counter(a=2, b=1) > Counter(a=1), Counter(a=1, b=1) <= Counter(a=2), Counter(x=-1) <= Counter())
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 1, "b": 0})
try:
    Counter() < {}
except TypeError as e:
    print(e)


class Sub(Counter):
    pass


print(Sub(a=1) == Counter(a=1, z=0), Sub(a=1) <= Sub(a=1, b=1), sorted([Counter(a=2), Counter(a=1)], key=len))
print(int.__mro__, type(True).__mro__[1], KeyError.__mro__[1].__name__, Counter.__mro__[1])
