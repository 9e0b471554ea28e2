# a class whose __new__ was assigned and deleted makes instances as CPython's
class C:
    def __init__(self, x):
        self.x = x
def custom(cls, *args):
    print('custom __new__', args)
    return object.__new__(cls)
C.__new__ = custom
print(C(1).x)
del C.__new__
for make in [lambda: C(2), lambda: C(x=3)]:
    try:
        print(make().x)
    except TypeError as e:
        print('TypeError:', e)
class Sub(C):
    pass
try:
    Sub(4)
except TypeError as e:
    print('TypeError:', e)
class D:
    pass
D.__new__ = custom
del D.__new__
try:
    D(5)
except TypeError as e:
    print('TypeError:', e)
print(type(D()).__name__)
class E:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(E(6).v)
del E.__new__
try:
    E(7)
except TypeError as e:
    print('TypeError:', e)
class Plain:
    def __init__(self, v):
        self.v = v
print(Plain(8).v)
class NoInit:
    pass
try:
    NoInit(9)
except TypeError as e:
    print('TypeError:', e)
