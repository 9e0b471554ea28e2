# Counter's operators (Python code in CPython) go through a subclass's
# __getitem__, __missing__, __setitem__ and __contains__; +c and -c; the
# in-place forms keep the object.
from collections import Counter
class Ten(Counter):
    def __missing__(self, key):
        return 10
class Loud(Counter):
    def __getitem__(self, key):
        v = super().__getitem__(key)
        print("get", key, v)
        return v
    def __setitem__(self, key, v):
        print("set", key, v)
        super().__setitem__(key, v)
    def __contains__(self, key):
        print("contains", key)
        return super().__contains__(key)
a = Counter(a=3, b=1)
t = Ten(a=1, c=2)
print(a + t, a - t, a | t, a & t)
print(t + a, t - a, t | a, t & a)
l = Loud(a=2, z=1)
print(a + l)
print(l - a)
print(+l, -Counter(a=-2, b=3), +Counter(a=0, b=-1))
l += a
print(l, type(l).__name__)
t2 = Ten(x=5)
t2 -= Counter(y=1, x=2)
print(t2)
t3 = Ten(x=5, y=1)
t3 &= Counter(x=2)
print(t3)
t4 = Ten(x=5)
t4 |= Counter(x=7, w=20, v=-1)
print(t4)
c = Counter('hello')
before = c
c += Counter('world')
print(c, c is before)
c -= Counter(l=10)
print(c, c is before)
c |= {'q': 2}
print(c)
c &= Counter(o=1, q=5)
print(c, c is before, type(c).__name__)
print(type(Ten() + Ten()).__name__, type(-Ten(a=-1)).__name__)
try:
    Counter() + 1
except TypeError as e:
    print(e)
try:
    -Counter(a='x')
except TypeError as e:
    print(e)
print(Counter(a='x'), Counter({'k': [1]}))
try:
    Counter(a=1).update({'a': 'x'})
except TypeError as e:
    print(e)
c = Counter(a=1)
c.subtract({'a': 3}, )
c.update(b=2)
print(c, c.total())
