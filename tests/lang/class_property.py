# property: getter, setter, deleter, read-only properties.
class Celsius:
    def __init__(self, t=0):
        self._t = t
    @property
    def temp(self):
        print("get")
        return self._t
    @temp.setter
    def temp(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._t = v
    @temp.deleter
    def temp(self):
        print("del")
        del self._t
    @property
    def ro(self):
        return 42
c = Celsius(5)
print(c.temp)
c.temp = 30
print(c.temp)
try:
    c.temp = -300
except ValueError as e:
    print(e)
del c.temp
print(hasattr(c, "_t"))
try:
    c.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.ro)
class P:
    def get(self):
        return "via property()"
    x = property(get)
print(P().x)
