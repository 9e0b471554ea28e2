# A metaclass's special methods operate on its classes: len(C), iter(C),
# x in C, C[k], repr(C), C.x = v and del C.x (what Enum's EnumType needs).


class Seq(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, k):
        return cls.items[k] * 2

    def __contains__(cls, k):
        return k in cls.items

    def __repr__(cls):
        return "<Seq %s>" % cls.__name__


class B(metaclass=Seq):
    items = [1, 2, 3]


print(repr(B), str(B), [B])
print(len(B), list(B), B[1], 2 in B, 5 in B, 5 not in B)
for x in B:
    print(x, end=" ")
print(sorted(B, reverse=True), sum(B), dict.fromkeys(B))


class Sub(B):
    items = "ab"


print(repr(Sub), len(Sub), list(Sub), Sub[0], "a" in Sub)


class Guarded(type):
    def __setattr__(cls, k, v):
        if k == "X":
            raise AttributeError("cannot reassign X")
        super().__setattr__(k, v)

    def __delattr__(cls, k):
        print("del", k)
        super().__delattr__(k)


class D(metaclass=Guarded):
    X = 1


D.y = 3
setattr(D, "z", 4)
print(D.y, D.z)
try:
    D.X = 2
except AttributeError as e:
    print("AttributeError:", e)
del D.y
print(hasattr(D, "y"), D.X)
try:
    del D.nope
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


for f in (len, iter, lambda c: 1 in c):
    try:
        f(Plain)
    except TypeError as e:
        print("TypeError:", e)
try:
    Plain[0]
except TypeError as e:
    print("TypeError:", e)
