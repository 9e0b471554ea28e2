# __name__, __qualname__, __module__, __class__, __dict__, __doc__, type().
class Outer:
    class Inner:
        pass
    def method(self):
        pass
o = Outer()
print(Outer.__name__, Outer.Inner.__qualname__, Outer.__module__, o.__class__.__name__)
print(type(o) is Outer, type(Outer), Outer, Outer.Inner)
print(Outer.method.__qualname__, sorted(k for k in Outer.__dict__ if not k.startswith("__")))
o.a = 1
print(o.__dict__, type(o).__doc__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, f())
class Documented:
    """Class docstring."""
    x = 1
print(Documented.__doc__, Documented().__doc__, Outer.__doc__)
print(Outer().__doc__)
