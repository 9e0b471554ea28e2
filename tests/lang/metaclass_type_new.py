# Making classes by calling a metaclass, type(name, bases, ns) and type.__new__.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made = name + "!"
        return cls

D = Meta("D", (), {"v": 1, "get": lambda self: self.v})
print(D.made, D.v, D().get(), type(D).__name__, D.__name__)

E = type("E", (D,), {"w": 2})  # type() picks the most derived metaclass, Meta
print(type(E).__name__, E.made, E.v, E.w)

F = type.__new__(Meta, "F", (), {})
print(type(F).__name__, hasattr(F, "made"))

G = type("G", (), {})
print(type(G).__name__, G.__name__, G.__bases__ == (object,), type(G()).__name__)
