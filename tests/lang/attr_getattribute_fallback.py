# An AttributeError from __getattribute__ (or from a property) falls back
# to __getattr__; other exceptions propagate.
class Fallback:
    def __getattribute__(self, name):
        if name.startswith("missing"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
    @property
    def broken(self):
        raise AttributeError("inside property")
f = Fallback()
print(f.missing_one)
print(f.broken)
print(f.__class__.__name__)
class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("no " + name)
try:
    NoFallback().z
except AttributeError as e:
    print("AttributeError:", e)
class Other:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Other().k
except KeyError as e:
    print("KeyError:", e)
