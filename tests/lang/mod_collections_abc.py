# collections.abc names work with isinstance for the built-in types.
import collections.abc
from collections.abc import Iterable, Sequence, Mapping, MutableSet, Hashable
print(collections.abc.__name__, isinstance([1], Sequence), isinstance({}, Mapping), isinstance("s", Iterable))
print(isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet), isinstance(3, Iterable), isinstance((1,), Hashable))
print(isinstance(range(3), collections.abc.Sequence), isinstance({}, collections.abc.MutableMapping))
