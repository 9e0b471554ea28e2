# slice objects: slice(stop), slice(start, stop, step), their attributes,
# indices(), repr, comparison, and built-in sequences subscripted by one.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, -1), repr(slice("a", [1])))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)], data[slice(None, None, -4)])
print("abcdefgh"[slice(1, 7, 2)], (1, 2, 3, 4)[slice(2)], range(10)[slice(2, 8, 3)])
print(s.indices(5), slice(None).indices(7), slice(None, None, -1).indices(4), slice(-100, 100).indices(6))
print(slice(2**70).indices(3), slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
x = list(range(10))
x[slice(0, 4)] = ["a"]
del x[slice(None, None, 2)]
print(x, type(s).__name__, isinstance(s, slice))
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: hash(slice(1)), lambda: {}[slice(1)],
            lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1), lambda: slice(1).indices("a"),
            lambda: [1][slice("a", 2)], lambda: slice(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
