# Attribute and method lookups stay right when classes change after use
# (the interpreter caches lookups per class; changes must invalidate them).
class A:
    def m(self):
        return "A.m"
class B(A):
    pass
def use(o):
    return o.m(), o.x
b = B()
b.x = 1
for i in range(3):
    print(use(b))
A.m = lambda self: "patched A.m"
print(use(b))
B.m = lambda self: "B.m"
print(use(b))
del B.m
print(use(b))
A.x = property(lambda self: "property wins")
print(use(b))
del A.x
print(use(b))
def store(o, v):
    o.y = v
    return o.y
print(store(b, 1), store(b, 2))
def setter(self, name, value):
    object.__setattr__(self, name, ("wrapped", value))
A.__setattr__ = setter
print(store(b, 3))
del A.__setattr__
print(store(b, 4))
class C:
    def __init__(self):
        self.v = 0
objs = [C() for _ in range(3)]
for o in objs:
    o.v += 1
C.v = property(lambda self: "class property")
print([o.v for o in objs])
