# object's special methods on instances of plain classes (a.__eq__(b)),
# and a built-in base's reached through super() in a subclass.
class P:
    pass


class Q:
    def __eq__(self, other):
        return "Q.eq"


p, q = P(), Q()
print(p.__eq__(p), p.__eq__(q), p.__ne__(p), p.__lt__(p), q.__eq__(1), p.__hash__() == hash(p))
print(p.__repr__() == repr(p), p.__str__() == str(p), p.__format__("") == str(p))


class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))

    def __eq__(self, other):
        return super().__eq__(other)


print(L([1, 2])[0], L([1]) == [1], L([1]).__eq__(3), L([1, 2]).__len__())


class I(int):
    def __add__(self, other):
        r = super().__add__(other)
        return ("I", r)


print(I(1) + 2, I(1) + 2.5, I(1).__add__(2.5), (1).__eq__(I(1)))
