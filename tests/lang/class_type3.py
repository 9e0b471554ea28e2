# type(name, bases, dict) makes a class like a class statement.
def hello(self):
    return "hi from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "x": 1})
Derived = type("Derived", (Base,), {"x": 2})
d = Derived()
print(Base.__name__, Derived.__mro__[1].__name__, d.greet(), d.x, Base().x)
print(isinstance(d, Base), type(Derived).__name__)
