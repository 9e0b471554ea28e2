# __getattribute__ is called for every attribute read, methods included;
# object.__getattribute__ and super() reach the normal lookup.
class Logged:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hello"
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
o = Logged()
print(o.x)
print(o.hello())
print(getattr(o, "x"), hasattr(o, "nope"))
class Upper(Logged):
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
u.word = "quiet"
print(u.word)
class Fixed:
    def __getattribute__(self, name):
        return 42
f = Fixed()
f.y = 3
print(f.y, f.anything, f.__class__)
