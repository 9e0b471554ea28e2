# Instances of built-in subclasses carry an attribute dict unless __slots__ = ().
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

t = Tagged([1, 2], "nums")
print(t, t.tag, vars(t), t.__dict__, hasattr(t, "tag"))
t.extra = 1
del t.tag
print(vars(t), hasattr(t, "tag"), getattr(t, "tag", "none"))

class Lean(tuple):
    __slots__ = ()

l = Lean((1, 2))
try:
    l.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(l, "__dict__"), l)

class Slotted(list):
    __slots__ = ("label",)

s = Slotted([3])
s.label = "ok"
print(s.label, s)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
