# repr and str of built-in subclasses without and with their own __repr__.
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass

print(repr(L([1])), repr(D(a=1)), repr(T((1,))), repr(S("x")), repr(I(5)))
print(str(L([1])), str(D(a=1)), str(T()), str(S("x")), str(I(5)))
print([L([1]), D(), T((2, 3))], {"k": L()}, (S("s"), I(1)))

class R(list):
    def __repr__(self):
        return "R" + super().__repr__()

print(R([1, 2]), str(R()), [R([3])], "%r" % R([4]), f"{R([5])!r}")

class Nest(list): pass
n = Nest([1])
n.append(n)
print(n)
