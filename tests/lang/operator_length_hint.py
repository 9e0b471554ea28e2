# operator.length_hint, indexOf, call and the built-in iterators' hints
import operator

lh = operator.length_hint


def hints(it):
    out = [lh(it)]
    for _ in it:
        out.append(lh(it))
    return out


print(hints(iter([1, 2, 3])), hints(iter((4, 5))), hints(reversed([1, 2, 3])))
print(hints(reversed((1, 2))), hints(iter(range(0, 10, 3))), hints(reversed(range(4))))
print(hints(iter(range(2**64, 2**64 + 3))), hints(iter('héllo')), hints(iter(b'xyz')))
print(hints(iter(bytearray(b'ab'))), hints(iter({'a': 1, 'b': 2})), hints(iter({1: 2}.values())))
print(hints(iter({1: 2, 3: 4}.items())), hints(reversed({1: 2, 3: 4})))
print(lh([1, 2]), lh((x for x in 'ab')), lh((x for x in 'ab'), 7), lh(5, 3))

lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
lst.append(5)
print(lh(it), it.__length_hint__())
r = reversed(lst)
next(r)
del lst[:3]
print(lh(r))
d = {1: 1, 2: 2}
di = iter(d)
next(di)
d[3] = 3
print(lh(di))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


print(lh(Hint(4)), lh(Hint(NotImplemented), 9), lh(Hint(TypeError('x')), 2))
for v in [-1, 'x', 2.5]:
    try:
        lh(Hint(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    lh([], 'x')
except TypeError as e:
    print(e)
try:
    lh(Hint(KeyError('k')))
except KeyError as e:
    print('KeyError', e)

print(operator.indexOf([3, 4, 5], 5), operator.indexOf('abc', 'b'), operator.countOf([1, 1, 2], 1))
try:
    operator.indexOf([1], 9)
except ValueError as e:
    print(e)
print(operator.call(max, 3, 9, key=lambda x: -x), operator.__add__(1, 2), operator.__not__(0))
x = [1]
print(operator.iconcat(x, [2]), x, operator.ipow(2, 10), operator.ilshift(1, 4), operator.irshift(64, 2))
try:
    operator.iconcat(1, 2)
except TypeError as e:
    print(e)

# sets and deques
from collections import deque
print(hints(iter({1, 2, 3})), hints(iter(frozenset('ab'))), hints(iter(deque([1, 2]))))
print(hints(reversed(deque('xyz'))))
s = {1, 2}
si = iter(s)
s.add(3)
print(lh(si))
