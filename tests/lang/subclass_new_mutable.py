# __new__ of list and dict subclasses: the built-in __init__ still fills the value.
class L(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

l = L([1, 2])
print(l, type(l).__name__)
try:
    object.__new__(L)
except TypeError as e:
    print(e)

class D(dict):
    def __new__(cls, *a, **k):
        inst = super().__new__(cls)
        inst.created = True
        return inst

d = D(a=1)
print(d, d.created)

class Weird(int):
    def __new__(cls, v):
        return "not an int"
print(Weird(3))
