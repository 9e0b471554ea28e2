# Two subclasses of one built-in type, neither deriving from the other:
# the left operand's built-in __op__ (CPython's number slot) answers before
# the right one's reflected method; only a subclass of the left operand's
# type goes first. Sequences' + and * are not number slots: there the
# reflected method goes first, as in CPython.


class I(int):
    pass


class J(int):
    def __radd__(self, o):
        return "J.radd"

    def __rsub__(self, o):
        return "J.rsub"

    def __rmul__(self, o):
        return "J.rmul"

    def __rand__(self, o):
        return "J.rand"

    def __rlshift__(self, o):
        return "J.rlshift"

    def __rpow__(self, o):
        return "J.rpow"

    def __rmod__(self, o):
        return "J.rmod"

    def __gt__(self, o):
        return "J.gt"

    def __eq__(self, o):
        return "J.eq"

    __hash__ = int.__hash__


print(I(1) + J(2), I(5) - J(2), I(3) * J(2), I(6) & J(3), I(1) << J(2), I(2) ** J(3))
x = I(1)
x += J(2)
print(x, type(x).__name__)
print(1.5 + J(2), 1.5 - J(2), True & J(1), 1 + J(2), "%s" % J(2))
print(I(1) < J(2), I(1) == J(1), I(1) != J(1), 1.5 < J(2), 1 < J(2), 1 == J(1))


class K(int):
    def __add__(self, o):
        return NotImplemented


print(K(1) + J(2))


class F(float):
    def __radd__(self, o):
        return "F.radd"

    def __rtruediv__(self, o):
        return "F.rtruediv"


class G(float):
    pass


print(I(1) + F(2.0), I(1) / F(2.0), G(1.5) + F(2.0), G(1.5) / F(2.0))
print(type(G(1.5) + F(2.0)).__name__, G(1.5) + J(2), G(1.5) - J(2))


class S(str):
    pass


class T(str):
    def __radd__(self, o):
        return "T.radd"

    def __rmod__(self, o):
        return "T.rmod"

    def __gt__(self, o):
        return "T.gt"


print(S("a") + T("b"), S("%s") % T("b"), S("a") * J(2), "a" + T("b"), "%s" % T("b"))
print(S("a") < T("b"), "a" < T("b"), S("a") == T("a"))


class L(list):
    pass


class M(list):
    def __radd__(self, o):
        return "M.radd"

    def __rmul__(self, o):
        return "M.rmul"

    def __gt__(self, o):
        return "M.gt"


print(L([1]) + M([2]), I(2) * M([1]), L([1]) < M([2]), [1] < M([2]))


class U(tuple):
    pass


class V(tuple):
    def __radd__(self, o):
        return "V.radd"


print(U((1,)) + V((2,)), U((1,)) < V((2,)))


class A(set):
    pass


class B(set):
    def __ror__(self, o):
        return "B.ror"

    def __rsub__(self, o):
        return "B.rsub"

    def __gt__(self, o):
        return "B.gt"


print(A({1}) | B({2}), A({1}) - B({2}), A({1}) < B({1, 2}), {1} | B({2}))
a = A({1})
a |= B({2})
print(sorted(a), type(a).__name__)


class D1(dict):
    pass


class D2(dict):
    def __ror__(self, o):
        return "D2.ror"


print(D1(a=1) | D2(b=2), {"a": 1} | D2(b=2))


class Other:
    def __radd__(self, o):
        return "Other.radd"

    def __rmod__(self, o):
        return "Other.rmod"

    def __gt__(self, o):
        return "Other.gt"


print(I(1) + Other(), 1 + Other(), S("a") < Other(), ("%s" % Other())[:16])

from collections import Counter


class C1(Counter):
    pass


class C2(Counter):
    def __radd__(self, o):
        return "C2.radd"


c = C1(a=1)
print(C1(a=1) + C2(a=2), type(C1(a=1) + C2(a=2)).__name__)
c += C2(a=2)
print(c, type(c).__name__)
