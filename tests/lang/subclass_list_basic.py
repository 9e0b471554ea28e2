# A list subclass: the built-in list behaviour on an instance of a class.
class L(list):
    pass

l = L([3, 1, 2])
print(l, repr(l), str(l), len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
print(type(l) is L, isinstance(l, list), isinstance(l, L), issubclass(L, list), type(l).__name__)
print(L.__mro__ == (L, list, object), L.__base__ is list, L.__bases__ == (list,))
l.sort()
l.reverse()
print(l, sorted(l), 2 in l, 9 in l, l.index(2), l.count(1), bool(l), bool(L()))
print(l == [3, 2, 1], l != [3, 2, 1], l < [4], list(l), tuple(l), max(l), sum(l))
for i, x in enumerate(l):
    print(i, x)
l[0] = 10
del l[1]
print(l, l.pop(), l)
l.x = "attr"
print(l.x, vars(l))
print(L(), L("ab"), L(range(3)))
