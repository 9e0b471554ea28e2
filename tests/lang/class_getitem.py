# Subscripting a class calls __class_getitem__ (an implicit classmethod);
# a class without it is not subscriptable.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))
class Crate(Box):
    pass
print(Box[int], Crate[str], Box[1, 2], Box["x"])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
