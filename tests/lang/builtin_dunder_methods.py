# Special methods of built-in values read as attributes, bound and unbound:
# the operation itself, or NotImplemented where CPython's slot gives it.
print((1).__add__(1.5), (1.5).__add__(1), (1).__eq__(1.0), (1.5).__eq__(1), (1).__lt__("a"))
print("a".__eq__(1), [1].__eq__((1,)), {1}.__lt__({1,2}), {}.__lt__({}), (1).__radd__(2), (2).__rsub__(5))
print([1].__add__([2]), "a".__mul__(3), (3).__rmul__("ab"), "ab".__rmul__(3))
print(object().__eq__(1), None.__eq__(None), None.__ne__(1), (1).__ne__(1.0), (3).__neg__(), (1.5).__abs__())
print((1).__bool__(), (0.0).__bool__(), (7).__index__(), (7.5).__int__(), (7).__float__(), "ab".__len__(), [1,2].__contains__(2))
print({1:2}.__getitem__(1), (1,2).__iter__().__next__(), hash(1) == (1).__hash__(), "a".__hash__() == hash("a"), (1).__repr__(), "a".__repr__(), "a".__str__())
print({1}.__or__([2]), {1:2}.__or__([1]), (1).__truediv__(0.5), (5).__floordiv__(2), (5).__mod__(2), (2).__pow__(3), (1).__and__(3), (1).__lshift__(3), (6).__rtruediv__(3))
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__add__(1.5, 2), str.__eq__("a", 1), list.__len__([1, 2]))
x = [1, 2]
x.__setitem__(0, 5); x.__delitem__(1); print(x, range(5).__len__(), range(5).__getitem__(2))
try:
    "a".__add__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    (1.5).__and__
except AttributeError as e:
    print("AttributeError:", e)
try:
    [1].__add__((2,))
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__add__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

it = iter([1, 2])
print(it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
print([].__hash__, {}.__hash__, set().__hash__, (1, 2).__hash__() == hash((1, 2)))
print(frozenset([1]).__or__({2}), {1, 2}.__and__([1]), {1}.__eq__(frozenset([1])), {1}.__le__({1, 2}))
print(range(3).__eq__(range(3)), range(3).__lt__(range(3)), {1: 2}.__eq__({1: 2}), {1: 2}.__contains__(1))
print((True).__add__(True), (True).__and__(False), (2**70).__mul__(2), (2**70).__eq__(2.0**70))
print(str.__len__("abc"), list.__getitem__([1, 2], -1), dict.__getitem__({"a": 1}, "a"), set.__contains__({1}, 2))
print(int.__lt__(1, 2), float.__eq__(1.0, 1), int.__radd__(1, 2), str.__add__("a", "b"), object.__eq__(1, 1))
print((5).__format__("03d"), "x".__format__(">3"), None.__bool__(), None.__eq__(None), None.__repr__())
for bad in ["(1).__neg__(2)", "[1].__len__(1)", "(1).__add__(x=1)",
            "[].__getitem__(0)", "(1).__len__", "[].__bool__", "'a'.__sub__"]:
    try:
        {"(1).__neg__(2)": lambda: (1).__neg__(2),
                       "[1].__len__(1)": lambda: [1].__len__(1),
                       "(1).__add__(x=1)": lambda: (1).__add__(x=1),
                       "[].__getitem__(0)": lambda: [].__getitem__(0),
                       "(1).__len__": lambda: (1).__len__,
                       "[].__bool__": lambda: [].__bool__,
                       "'a'.__sub__": lambda: 'a'.__sub__}[bad]()
        print("no error", bad)
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
