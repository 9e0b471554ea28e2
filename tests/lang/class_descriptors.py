# User-defined descriptors: __get__ (non-data) and __set__/__delete__ (data).
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return "descriptor on " + owner.__name__
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("expected " + self.kind.__name__)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class Lazy:
    def __get__(self, obj, owner):
        return 42
class Rec:
    age = Typed("age", int)
    answer = Lazy()
r = Rec()
print(r.age, Rec.age)
r.age = 7
print(r.age, r._age, r.answer)
try:
    r.age = "old"
except TypeError as e:
    print("TypeError:", e)
del r.age
print(r.age)
r.answer = "shadowed"
print(r.answer)
