# del obj.x calls __delattr__; object.__delattr__ does the deletion.
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is protected")
        print("deleting", name)
        object.__delattr__(self, name)
g = Guarded()
del g.b
print(hasattr(g, "b"))
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.zzz
except AttributeError as e:
    print("AttributeError:", e)
delattr(g, "a") if False else None
class Base:
    def __delattr__(self, name):
        print("base delattr", name)
        super().__delattr__(name)
class Derived(Base):
    pass
d = Derived()
d.q = 5
del d.q
print(vars(d))
