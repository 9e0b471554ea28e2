# getattr/setattr/hasattr/delattr builtins and the __getattr__ fallback.
class Obj:
    known = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
o = Obj()
print(o.known, o.dyn_hello, getattr(o, "dyn_x"), getattr(o, "nope", "default"))
print(hasattr(o, "dyn_y"), hasattr(o, "other"))
setattr(o, "v", 5)
print(o.v, getattr(o, "v"), vars(o))
delattr(o, "v")
print(hasattr(o, "v"))
class Plain:
    pass
p = Plain()
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    delattr(p, "missing")
except AttributeError as e:
    print(e)
