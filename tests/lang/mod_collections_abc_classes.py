# collections.abc's ABCs: isinstance through __subclasshook__ (a class with
# __iter__ is Iterable), the mixin methods of Mapping, Sequence, Set and
# their mutable kinds, and the built-in types registered as in CPython.
from collections import abc as cabc  # a built-in submodule by from-import
from collections.abc import (Callable, Collection, Container, Hashable, Iterable, Iterator,
                             Mapping, MutableMapping, MutableSequence, MutableSet, Reversible,
                             Sequence, Set, Sized, Generator)

ABCS = (Iterable, Iterator, Sized, Container, Collection, Reversible, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Hashable, Callable, Generator)


class Iter:
    def __iter__(self):
        return iter([1])


class Counted:
    def __len__(self):
        return 0


class Unhashable:
    __hash__ = None


class Eq:
    def __eq__(self, other):
        return True


def gen():
    yield 1


for v in ([], (), '', {}, set(), frozenset(), 1, 2.5, True, None, range(3), Iter(), Counted(),
          Unhashable(), Eq(), len, lambda: 0, Iter, {}.keys(), {}.items()):
    print(type(v).__name__, ''.join('1' if isinstance(v, c) else '.' for c in ABCS))
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(gen(), Sized))
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(Iter, Iterable),
      issubclass(str, Hashable), issubclass(list, Hashable), issubclass(bool, Hashable))
print(Sequence, type(Sequence), Mapping.__module__, cabc.Set is Set, sorted(Mapping.__abstractmethods__))


class Tree(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


t = Tree(a=1, b=2)
print(t.get('a'), t.get('z'), t.get('z', 0), 'a' in t, 'q' in t, list(t.keys()), list(t.items()))
print(list(t.values()), t == {'a': 1, 'b': 2}, t != {'a': 1}, len(t.keys()), ('a', 1) in t.items(),
      2 in t.values(), sorted(t.keys() | {'c'}), sorted(t.keys() & ['a']))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        print('set', key, value)
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


s = Store()
s.update({'x': 1}, y=2)
s.update([('z', 3)])
print(s.setdefault('x', 9), s.setdefault('w', 4), s.pop('y'), s.pop('nope', None), s.popitem(), dict(s))
s.clear()
print(len(s), isinstance(s, Mapping), isinstance(s, dict))
try:
    s.pop('gone')
except KeyError as e:
    print('KeyError', e)


class Range(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


r = Range(5)
print(list(r), 9 in r, 10 in r, r.index(16), r.count(4), list(reversed(r)), isinstance(r, Reversible))
try:
    r.index(7)
except ValueError:
    print('ValueError')


class Vec(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


v = Vec()
v.append(1)
v.extend([2, 3, 4])
v += [5]
v.reverse()
print(v._items, v.pop(), v.pop(0), v._items)
v.remove(3)
print(v._items, len(v))


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return f'Bits({sorted(self._s)})'


a, b = Bits([1, 2, 3]), Bits([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= Bits([1, 2, 3, 4]), a == Bits([3, 2, 1]), a.isdisjoint(b))
a |= [7]
a -= [1]
print(a, a.pop(), a, 2 in a)
for bad in (Mapping, Sequence, MutableSet):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
